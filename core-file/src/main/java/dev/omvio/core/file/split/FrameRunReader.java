package dev.omvio.core.file.split;

import dev.omvio.core.file.FrameReader;
import dev.omvio.core.file.HeaderWindow;
import dev.omvio.core.file.IndexScanner;
import dev.omvio.core.file.format.ChunkHeader;
import dev.omvio.core.file.format.Pad16;
import dev.omvio.core.file.format.StreamVersion;
import dev.omvio.image.Image;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.NotRegularFileException;
import dev.omvio.stream.StreamFormatException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;

/**
 * A run of consecutive frames of a stream file, read from the chunk offset of its first frame:
 * only the run's chunk headers are read (through the engine's header window) and checked as
 * opening the file would check them, so a part of a large file costs its own frames, not an
 * index of the whole file. Frames come in the engine's form: {@link FrameInfo}s as
 * {@code ImageStream.frameInfo} gives them, and {@link #read()} as {@code ImageStream.readFrame}
 * (version 1.0's big-endian RGB565 turned little-endian; an ARGB8 frame has no pixels).
 *
 * <p>The offset and first index come from an earlier walk of the file (for example
 * {@code frameInfo(i).offset()} of a stream opened on it). If the file has changed since, the
 * first chunk that is not where a whole frame should be fails with a
 * {@link StreamFormatException} naming its offset and reason; frames already returned are as
 * they were read. Not for files being appended to: the run's frames must all be in the file when
 * it is opened. One thread uses a reader.
 */
public final class FrameRunReader implements Closeable {
    private final FileChannel channel;
    private final StreamVersion version;
    private final HeaderWindow headers;
    private final FrameReader frames;
    private final long fileSize;
    private final int endFrame;
    private int nextFrame;
    private long nextOffset;
    private FrameInfo current;

    private FrameRunReader(FileChannel channel, StreamVersion version, long offset, int firstFrame, int count)
            throws IOException {
        this.channel = channel;
        this.version = version;
        this.headers = new HeaderWindow(channel);
        this.frames = new FrameReader(channel, version);
        this.fileSize = channel.size();
        this.nextFrame = firstFrame;
        this.endFrame = firstFrame + count;
        this.nextOffset = offset;
    }

    /**
     * Opens {@code path} for reading {@code count} frames, the first of which has index
     * {@code firstFrame} and its chunk at {@code offset}. Only the file's magic is read here.
     *
     * @param path a stream file of any version the engine reads
     * @param offset the file position of the first frame's chunk header: a chunk position, so at
     *     least 16 and a multiple of 16
     * @param firstFrame the first frame's index in the file, from 0
     * @param count how many frames the run has, 0 or more
     * @return the reader, positioned before the first frame
     * @throws IllegalArgumentException if {@code offset} cannot be a chunk's, or
     *     {@code firstFrame} or {@code count} is negative or their sum overflows
     * @throws NotRegularFileException if {@code path} is not a regular file
     * @throws StreamFormatException at offset 0 if the file is too short or its magic is not a
     *     stream's
     * @throws IOException if opening or reading the file fails
     */
    public static FrameRunReader open(Path path, long offset, int firstFrame, int count) throws IOException {
        Objects.requireNonNull(path, "path");
        if (offset < StreamVersion.MAGIC_LENGTH || Pad16.align(offset) != offset) {
            throw new IllegalArgumentException("offset " + offset + " is not a chunk position (at least "
                    + StreamVersion.MAGIC_LENGTH + ", a multiple of 16)");
        }
        if (firstFrame < 0 || count < 0 || firstFrame + count < 0) {
            throw new IllegalArgumentException("frames " + firstFrame + " + " + count + " out of range");
        }
        NotRegularFileException.requireRegularFile(path); // before opening: a FIFO's open blocks
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            return new FrameRunReader(channel, IndexScanner.readVersion(channel), offset, firstFrame, count);
        } catch (IOException | RuntimeException e) {
            try {
                channel.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** {@return the file's version, read from its magic} */
    public StreamVersion version() {
        return version;
    }

    /**
     * Reads the next frame's chunk header; its data is read only by {@link #read()}.
     *
     * @return the frame, or empty after the run's last frame
     * @throws StreamFormatException at the chunk's offset if the file ends before it, its header
     *     is cut short or out of range, or its data runs past the end of the file
     * @throws IOException if reading fails
     */
    public Optional<FrameInfo> next() throws IOException {
        ensureOpen();
        current = null;
        if (nextFrame >= endFrame) {
            return Optional.empty();
        }
        if (nextOffset >= fileSize) {
            throw new StreamFormatException(nextOffset, "no chunk for frame " + nextFrame + ": the file ends at "
                    + fileSize);
        }
        ChunkHeader chunk = IndexScanner.readChunk(headers, version, nextOffset, fileSize);
        FrameInfo frame = new FrameInfo(nextFrame, nextOffset, chunk.width(), chunk.height(), chunk.format(),
                version.toMicros(chunk.storedInterval()), chunk.dataSize());
        nextFrame++;
        nextOffset = Pad16.align(nextOffset + version.headerSize() + chunk.dataSize());
        current = frame;
        return Optional.of(frame);
    }

    /**
     * The data of the frame {@link #next()} returned last, as a new, owned image over an array
     * of exactly its data.
     *
     * @return the image
     * @throws IllegalStateException if {@code next()} has not returned a frame since it was last called
     * @throws StreamFormatException at the frame's offset for an ARGB8 frame (the camera stores
     *     no pixels for it) or data cut short (the file shrank)
     * @throws IOException if reading fails
     */
    public Image read() throws IOException {
        ensureOpen();
        if (current == null) {
            throw new IllegalStateException("no frame to read: next() has not returned one");
        }
        return frames.read(current);
    }

    /** Closes the file; further calls fail with {@link IllegalStateException}. */
    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void ensureOpen() {
        if (!channel.isOpen()) {
            throw new IllegalStateException("reader closed");
        }
    }
}
