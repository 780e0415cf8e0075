package dev.omvio.bridge.javax.chunk;

import dev.omvio.core.file.format.ChunkHeader;
import dev.omvio.core.file.format.Pad16;
import dev.omvio.core.file.format.StreamVersion;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.StreamFormatException;
import dev.omvio.stream.spi.FrameBuffer;

import javax.imageio.stream.ImageInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The frames of a stream read from an {@link ImageInputStream}, found by walking the chunk
 * headers only as far as a caller asks, so a stream that cannot seek back is read once, front
 * to back. Offsets are counted from where the stream stood when the index was opened, which
 * for a file is the file position.
 *
 * <p>As in the file engine, the first chunk that is cut short or out of range ends the
 * readable part: the frames before it are indexed and the rest is a {@link DamagedTail}. A
 * frame whose padding is missing at the very end is whole. Not thread-safe.
 */
public final class ChunkIndex {
    private final ImageInputStream in;
    private final long start;
    private final StreamVersion version;
    private final byte[] header;
    private final ByteBuffer headerBytes;
    private final List<FrameInfo> frames = new ArrayList<>();
    private final FrameBuffer frameBuffer = new FrameBuffer();
    private long nextChunk;
    private boolean complete;
    private DamagedTail damagedTail;

    private ChunkIndex(ImageInputStream in, long start, StreamVersion version) {
        this.in = in;
        this.start = start;
        this.version = version;
        this.header = new byte[version.headerSize()];
        this.headerBytes = ByteBuffer.wrap(header);
        this.nextChunk = start + StreamVersion.MAGIC_LENGTH;
    }

    /**
     * Reads the magic at the current position of {@code in}; the frames are found later.
     *
     * @throws StreamFormatException at offset 0 if the stream is too short, has a bad magic or
     *     an unknown version
     */
    public static ChunkIndex open(ImageInputStream in) throws IOException {
        long start = in.getStreamPosition();
        byte[] magic = new byte[StreamVersion.MAGIC_LENGTH];
        int read = readUpTo(in, magic);
        if (read < magic.length) {
            throw new StreamFormatException(0, "stream of " + read + " bytes is shorter than the "
                    + StreamVersion.MAGIC_LENGTH + "-byte header");
        }
        StreamVersion version = StreamVersion.ofMagic(magic)
                .orElseThrow(() -> new StreamFormatException(0, StreamVersion.whyNotAMagic(magic)));
        return new ChunkIndex(in, start, version);
    }

    /**
     * Whether the next 16 bytes of {@code in} are a known magic; the stream position is left
     * where it was.
     */
    public static boolean startsWithMagic(ImageInputStream in) throws IOException {
        byte[] magic = new byte[StreamVersion.MAGIC_LENGTH];
        in.mark();
        try {
            return readUpTo(in, magic) == magic.length && StreamVersion.ofMagic(magic).isPresent();
        } finally {
            in.reset();
        }
    }

    /** The stream's version. */
    public StreamVersion version() {
        return version;
    }

    /** Frame {@code index}, walking the headers up to it if needed; empty if the stream has fewer frames. */
    public Optional<FrameInfo> frame(int index) throws IOException {
        while (frames.size() <= index && !complete) {
            scanNextChunk();
        }
        return index < frames.size() ? Optional.of(frames.get(index)) : Optional.empty();
    }

    /** The number of whole frames, walking every remaining header. */
    public int count() throws IOException {
        while (!complete) {
            scanNextChunk();
        }
        return frames.size();
    }

    /** Whether every header has been walked, so {@link #knownCount()} is the count. */
    public boolean isComplete() {
        return complete;
    }

    /** The number of frames found so far. */
    public int knownCount() {
        return frames.size();
    }

    /** What follows the last whole frame if it is not a frame; known once the walk is {@linkplain #isComplete() complete}. */
    public Optional<DamagedTail> damagedTail() {
        return Optional.ofNullable(damagedTail);
    }

    /**
     * Reads the data of {@code frame} into this index's frame buffer, in the layout
     * {@link PixelFormat} documents (version 1.0's big-endian RGB565 turned little-endian). The
     * image is a view of the buffer, valid until the next call: frames are read without
     * allocating once the buffer has grown to the largest.
     *
     * @throws StreamFormatException if the frame is larger than one Java array, or is ARGB8,
     *     for which the camera stores no pixels
     */
    public Image readImage(FrameInfo frame) throws IOException {
        if (frame.format() == PixelFormat.ARGB8) {
            throw ChunkHeader.noPixels(frame);
        }
        int size;
        try {
            size = Image.checkedArraySize(frame.dataSize());
        } catch (IllegalArgumentException tooLarge) {
            throw new StreamFormatException(frame.offset(), tooLarge.getMessage());
        }
        ByteBuffer data = frameBuffer.prepare(size);
        in.seek(start + frame.offset() + version.headerSize());
        try {
            in.readFully(data.array(), 0, size);
        } catch (EOFException shrunk) {
            throw new StreamFormatException(frame.offset(), "frame data cut short: the stream ended while it was read");
        }
        if (frame.format() == PixelFormat.RGB565 && version.storesRgb565BigEndian()) {
            swapBytePairs(data.array(), size);
        }
        return frameBuffer.image(frame.width(), frame.height(), frame.format(), size);
    }

    /**
     * Lets the stream discard everything before {@code frame}, which can then no longer be
     * read (for readers that only go forward).
     */
    public void discardBefore(FrameInfo frame) throws IOException {
        long position = start + frame.offset();
        if (position > in.getFlushedPosition() && position <= in.getStreamPosition()) {
            in.flushBefore(position);
        }
    }

    private void scanNextChunk() throws IOException {
        long offset = nextChunk - start;
        in.seek(nextChunk);
        int read = readUpTo(in, header);
        if (read == 0) {
            complete = true;
            return;
        }
        try {
            if (read < header.length) {
                throw new StreamFormatException(offset, "chunk header cut short: " + read + " of " + header.length + " bytes");
            }
            ChunkHeader chunk = ChunkHeader.decode(version, headerBytes, offset);
            long dataEnd = nextChunk + header.length + chunk.dataSize();
            requireDataPresent(chunk, dataEnd, offset);
            frames.add(new FrameInfo(frames.size(), offset, chunk.width(), chunk.height(), chunk.format(),
                    version.toMicros(chunk.storedInterval()), chunk.dataSize()));
            nextChunk = start + Pad16.align(dataEnd - start);
        } catch (StreamFormatException damage) {
            long length = in.length();
            damagedTail = new DamagedTail(offset, length < 0 ? -1 : length - nextChunk, damage.reason());
            complete = true;
        }
    }

    // Only the last data byte is touched: a stream of unknown length shows whether it is
    // there without the frame being read, and nothing is allocated from the header's claim.
    private void requireDataPresent(ChunkHeader chunk, long dataEnd, long offset) throws IOException {
        long length = in.length();
        boolean present;
        if (length >= 0) {
            present = dataEnd <= length;
        } else {
            in.seek(dataEnd - 1);
            present = in.read() >= 0;
        }
        if (!present) {
            throw new StreamFormatException(offset, "frame data cut short: " + chunk.dataSize()
                    + " bytes announced, the stream ends before");
        }
    }

    private static int readUpTo(ImageInputStream in, byte[] buffer) throws IOException {
        int total = 0;
        while (total < buffer.length) {
            int read = in.read(buffer, total, buffer.length - total);
            if (read < 0) {
                break;
            }
            total += read;
        }
        return total;
    }

    private static void swapBytePairs(byte[] data, int size) {
        for (int i = 0; i + 1 < size; i += 2) {
            byte first = data[i];
            data[i] = data[i + 1];
            data[i + 1] = first;
        }
    }
}
