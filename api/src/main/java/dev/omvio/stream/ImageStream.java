package dev.omvio.stream;

import dev.omvio.image.Image;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A sequence of frames in a file or in memory: the Java side of the camera's
 * {@code image.ImageIO}. Get one from {@link ImageStreams}.
 *
 * <p>The camera's methods keep their names and meaning: a stream has a current
 * {@link #offset()} that {@link #read(boolean, boolean, boolean) read} and
 * {@link #write(Image) write} advance and {@link #seek(int)} sets. Beyond them, a stream gives
 * random access by index ({@link #readFrame(int)}), per-frame metadata ({@link #frameInfo(int)})
 * and iteration ({@link #images()}).
 *
 * <p>Thread safety: {@link #readFrame(int)}, {@link #frameInfo(int)} and {@link #count()} may be
 * called from many threads at once; the positioned methods ({@code read}, {@code write},
 * {@code seek}) keep state and belong to one thread at a time.
 *
 * <p>Errors: file and format problems are {@link IOException}s ({@link StreamFormatException}
 * carries the file offset); bad arguments are {@link IllegalArgumentException}s naming the
 * value; any call but {@link #isClosed()} and {@link #close()} on a closed stream throws
 * {@link IllegalStateException} ("stream closed").
 */
public interface ImageStream extends Closeable {
    /** The camera's {@code ImageIO.FILE_STREAM}. */
    StreamType FILE_STREAM = StreamType.FILE;
    /** The camera's {@code ImageIO.MEMORY_STREAM}. */
    StreamType MEMORY_STREAM = StreamType.MEMORY;

    /** {@return whether frames are in a file or in memory} */
    StreamType type();

    /** {@return whether {@link #close()} has been called} */
    boolean isClosed();

    /**
     * {@return the number of frames: for a file, the whole frames it holds (exact from the moment it is
     * opened); for memory, the number of slots}
     */
    int count();

    /** {@return the index of the frame the next {@code read} or {@code write} will use} */
    int offset();

    /** {@return the file format version as 10 * major + minor (10, 11, 20 or 21); empty for memory streams} */
    OptionalInt version();

    /** {@return the data bytes of one slot; empty for file streams} */
    OptionalLong bufferSize();

    /** {@return bytes used: the file's length, or {@code bufferSize() * count()} for memory} */
    long size();

    /**
     * Writes {@code image} at the current offset and advances it. The frame's interval is the
     * time since the previous write (the first: since the stream was opened), from the stream's
     * {@link StreamClock}.
     *
     * <p>File streams append; a write after a {@link #seek(int)} into the middle drops every
     * frame from the offset on, as on the camera. Memory streams write into the current slot.
     *
     * <p>File streams store what the camera and the OpenMV IDE read back: intervals as the
     * differences of the frames' times rounded down to the version's unit (whole milliseconds
     * for 2.0, so 30 fps stores 33, 33, 34 ...), at most 1,000,000 ms; ARGB8 images are refused,
     * as the camera stores no pixels for them (write PNG, which keeps alpha, or RGB565).
     *
     * @param image the frame to write
     * @return this stream
     * @throws EndOfStreamException if a memory stream has no slot left
     * @throws FrameTooLargeException if the frame does not fit a memory stream's slot
     * @throws IllegalArgumentException if a file stream is given an ARGB8 image or one larger
     *     than 32767 x 32767
     * @throws IllegalStateException if the stream was opened for reading only
     */
    ImageStream write(Image image) throws IOException;

    /**
     * Writes {@code image} as {@link #write(Image)} does, with the given interval instead of the
     * clock's. Memory streams keep it exactly; file streams add it to the frames' timeline and
     * store the difference of the timeline's positions rounded down to the version's unit, so
     * 33,333 µs at a time stores 33, 33, 33, 34 ... ms and the rounding never adds up.
     *
     * @param image the frame to write
     * @throws IOException as {@link #write(Image)}
     * @param intervalMicros time since the previous frame, at least 0
     * @return this stream
     */
    ImageStream write(Image image, long intervalMicros) throws IOException;

    /**
     * Reads the frame at the current offset and advances it.
     *
     * @param copyToFb true to load the frame into this stream's one frame buffer, which the next
     *     such read overwrites (as on the camera; no allocation in steady state); false for a new,
     *     independently owned image
     * @param loop at the end of the stream, go back to the first frame (empty only if there is
     *     none); false returns empty at the end of a file stream and throws
     *     {@link EndOfStreamException} at the end of a memory stream
     * @param pause wait until the recorded intervals have passed, on a running schedule: the
     *     stream adds each frame's interval to a schedule started when it was opened or last
     *     sought, and waits until that much time has passed, so a slow consumer is not slowed
     *     further
     * @return the frame, or empty at the end of the stream
     * @throws EmptySlotException if a memory stream slot was never written
     * @throws java.io.InterruptedIOException if interrupted while pausing
     */
    Optional<Image> read(boolean copyToFb, boolean loop, boolean pause) throws IOException;

    /**
     * {@return the camera's {@code read()}: {@code read(true, true, true)}}
     *
     * @throws IOException as {@link #read(boolean, boolean, boolean)}
     */
    default Optional<Image> read() throws IOException {
        return read(true, true, true);
    }

    /**
     * Moves the offset to frame {@code index} in constant time and restarts the pause schedule.
     *
     * @param index the frame to move to, from 0
     * @throws IOException if a file stream cannot be read to find the frame
     * @return this stream
     * @throws IllegalArgumentException if {@code index} is outside 0..count() (file streams also
     *     accept count(), the end)
     */
    ImageStream seek(int index) throws IOException;

    /**
     * Forces written frames to the storage device (file streams); does nothing for memory.
     *
     * @return this stream
     * @throws IOException if the device reports an error
     */
    ImageStream sync() throws IOException;

    /** Closes the stream: later calls throw {@link IllegalStateException}. Closing twice does nothing. */
    @Override
    void close() throws IOException;

    /**
     * {@return what is known of frame {@code index} without reading its data}
     *
     * @param index the frame, from 0
     * @throws IndexOutOfBoundsException if {@code index} is outside 0..count()-1
     * @throws NoSuchElementException if a memory stream slot was never written
     */
    FrameInfo frameInfo(int index);

    /**
     * Reads frame {@code index} into a new, owned image without moving the offset or pausing.
     * Safe to call from many threads at once.
     *
     * @param index the frame, from 0
     * @return the frame
     * @throws IOException if a file stream cannot be read
     * @throws IndexOutOfBoundsException if {@code index} is outside 0..count()-1
     * @throws EmptySlotException if a memory stream slot was never written
     */
    Image readFrame(int index) throws IOException;

    /**
     * {@return the part of the file after the last whole frame that could not be read, if any} Always
     * empty for memory streams.
     */
    default Optional<DamagedTail> damagedTail() {
        return Optional.empty();
    }

    /**
     * {@return the metadata of every frame in order; for memory streams, of the slots written so far} The
     * list is unmodifiable. A file stream opened for reading returns a view of its frame index
     * that builds each element when asked, so that even a file of millions of frames costs no
     * memory beyond its index; other streams return a copy (for very long streams, prefer
     * {@link #count()} and {@link #frameInfo(int)}).
     */
    default List<FrameInfo> frameInfos() {
        List<FrameInfo> infos = new ArrayList<>(count());
        for (int i = 0; i < count(); i++) {
            try {
                infos.add(frameInfo(i));
            } catch (NoSuchElementException emptySlot) {
                // a memory slot never written: not a frame
            }
        }
        return List.copyOf(infos);
    }

    /**
     * {@return the frames in order as owned images, read with {@link #readFrame(int)} (the offset does not
     * move)} The iterator throws {@link UncheckedIOException} for an I/O error.
     */
    default Iterable<Image> images() {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count();
            }

            @Override
            public Image next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    return readFrame(next++);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
