package dev.omvio.core.file;

import dev.omvio.core.file.format.ChunkHeader;
import dev.omvio.core.file.format.StreamVersion;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.StreamClock;
import dev.omvio.stream.StreamFormatException;
import dev.omvio.stream.StreamMode;
import dev.omvio.stream.StreamType;
import dev.omvio.stream.spi.FrameBuffer;
import dev.omvio.stream.spi.PauseSchedule;
import dev.omvio.stream.spi.WriteIntervals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An open stream file: the camera's {@code ImageIO} over a file, with a frame index built
 * when it was opened.
 *
 * <p>Writes append chunks in the file's own version 2 layout (2.0 for new files; a 2.1 file
 * opened for appending gets µs intervals). Intervals are stored as differences of the frames'
 * times rounded down to the version's unit ({@link WriteIntervals}), and those longer than
 * both the camera and the IDE accept ({@link StreamVersion#maxWrittenInterval()}) as that
 * longest value. ARGB8 images are refused: the camera stores no pixels for them.
 *
 * <p>An ARGB8 frame in a file (the camera writes its header alone) is listed with 0 data bytes;
 * reading it throws {@link StreamFormatException}, and a sequential read moves past it, so the
 * frames after it read normally.
 */
final class FileImageStream implements ImageStream {
    private final FileChannel channel;
    private final StreamVersion version;
    private final FrameIndex index;
    private final Optional<DamagedTail> damagedTail;
    private final FrameReader reader;
    private final FrameWriter writer;
    private final WriteIntervals writeIntervals;
    private final PauseSchedule pauses;
    private final FrameBuffer frameBuffer = new FrameBuffer();
    private int offset;
    private volatile boolean closed;

    /**
     * @param index the frames of the file; for a writable stream the file must end right
     *     after them ({@link FrameIndex#end()})
     * @param damagedTail what follows the last whole frame; empty for a writable stream
     */
    FileImageStream(FileChannel channel, StreamVersion version, FrameIndex index,
            Optional<DamagedTail> damagedTail, StreamMode mode, StreamClock clock) {
        this.channel = channel;
        this.version = version;
        this.index = index;
        this.damagedTail = damagedTail;
        this.reader = new FrameReader(channel, version);
        boolean writable = mode != StreamMode.READ;
        this.writer = writable ? new FrameWriter(channel) : null;
        this.writeIntervals = writable ? new WriteIntervals(clock, version.microsPerUnit()) : null;
        this.pauses = new PauseSchedule(clock);
        this.offset = mode == StreamMode.APPEND ? index.count() : 0;
    }

    @Override
    public StreamType type() {
        ensureOpen();
        return StreamType.FILE;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public int count() {
        ensureOpen();
        return index.count();
    }

    @Override
    public int offset() {
        ensureOpen();
        return offset;
    }

    @Override
    public OptionalInt version() {
        ensureOpen();
        return OptionalInt.of(version.number());
    }

    @Override
    public OptionalLong bufferSize() {
        ensureOpen();
        return OptionalLong.empty();
    }

    @Override
    public long size() {
        ensureOpen();
        try {
            return channel.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ImageStream write(Image image) throws IOException {
        ensureWritable(image);
        return writeAtOffset(image, writeIntervals.next());
    }

    @Override
    public ImageStream write(Image image, long intervalMicros) throws IOException {
        ensureWritable(image);
        if (intervalMicros < 0) {
            throw new IllegalArgumentException("interval must be at least 0 microseconds, got " + intervalMicros);
        }
        return writeAtOffset(image, writeIntervals.next(intervalMicros));
    }

    private ImageStream writeAtOffset(Image image, long storedInterval) throws IOException {
        ChunkHeader header = ChunkHeader.of(version, image, storedInterval);
        long position = index.chunkOffset(offset);
        if (offset < index.count()) {
            // As on the camera: writing after a seek into the middle drops the frames from there on.
            index.truncate(offset);
            channel.truncate(position);
        }
        writer.write(position, header, image);
        index.add(position, header);
        offset++;
        return this;
    }

    @Override
    public Optional<Image> read(boolean copyToFb, boolean loop, boolean pause) throws IOException {
        ensureOpen();
        int frames = index.count();
        if (offset >= frames) {
            if (!loop || frames == 0) {
                return Optional.empty();
            }
            offset = 0;
        }
        FrameInfo frame = index.info(offset);
        if (pause) {
            pauses.await(frame.intervalMicros());
        }
        if (frame.format() == PixelFormat.ARGB8) {
            offset++; // as the camera moves past the empty chunk: the next read gets the next frame
            throw ChunkHeader.noPixels(frame);
        }
        Image image = copyToFb ? reader.readInto(frame, frameBuffer) : reader.read(frame);
        offset++;
        return Optional.of(image);
    }

    @Override
    public ImageStream seek(int frame) {
        ensureOpen();
        int frames = index.count();
        if (frame < 0 || frame > frames) {
            throw new IllegalArgumentException("frame index " + frame + " is outside 0.." + frames);
        }
        offset = frame;
        pauses.restart();
        return this;
    }

    @Override
    public ImageStream sync() throws IOException {
        ensureOpen();
        // Nothing is buffered in memory. A read-only channel has nothing to force, and some
        // systems refuse to flush a file opened without write access.
        if (writer != null) {
            channel.force(true);
        }
        return this;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            channel.close();
        }
    }

    @Override
    public FrameInfo frameInfo(int frame) {
        ensureOpen();
        return index.info(frame);
    }

    /**
     * For a stream opened for reading, a view of the index, whose frames never change: no list
     * of all frames is built. A writable stream's index changes, so it gets a copy.
     */
    @Override
    public List<FrameInfo> frameInfos() {
        ensureOpen();
        return writer == null ? new FrameInfoView(index, index.count()) : ImageStream.super.frameInfos();
    }

    @Override
    public Image readFrame(int frame) throws IOException {
        ensureOpen();
        return reader.read(index.info(frame));
    }

    @Override
    public Optional<DamagedTail> damagedTail() {
        ensureOpen();
        return damagedTail;
    }

    @Override
    public String toString() {
        return "OMV IMG STR " + version + " file stream, " + index.count() + " frames" + (closed ? " (closed)" : "");
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("stream closed");
        }
    }

    private void ensureWritable(Image image) {
        ensureOpen();
        if (writer == null) {
            throw new IllegalStateException("stream opened for reading");
        }
        ChunkHeader.requireStorable(Objects.requireNonNull(image, "image"));
    }
}
