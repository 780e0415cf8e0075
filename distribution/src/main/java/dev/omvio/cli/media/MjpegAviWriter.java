package dev.omvio.cli.media;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a Motion-JPEG AVI (RIFF AVI 1.0 with an {@code idx1} index) that keeps a recording's
 * timing: the video runs at one tick per {@code microsPerTick}, each frame is placed at the tick
 * nearest its time, and ticks without a frame hold the previous picture (empty chunks, as AVI
 * players expect). A frame that would land on an occupied tick takes the next one, so no frame
 * is ever dropped.
 *
 * <p>AVI 1.0 offsets are 32-bit: a file over 1 GiB is refused with an {@link IOException}.
 */
public final class MjpegAviWriter implements Closeable {
    /** The largest AVI 1.0 file this writer produces. */
    static final long MAX_SIZE = 1L << 30;

    private static final int HEADERS = 224; // RIFF, hdrl with avih/strl/strh/strf, and the movi list header
    private static final int MOVI_FOURCC = 220;
    private static final int AVIF_HASINDEX = 0x10;
    private static final int AVIIF_KEYFRAME = 0x10;

    private final FileChannel out;
    private final int width;
    private final int height;
    private final long microsPerTick;
    private final ByteBuffer chunkHeader = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    private ByteBuffer index = ByteBuffer.allocate(16 * 256).order(ByteOrder.LITTLE_ENDIAN);
    private long position = HEADERS;
    private long nextTick;
    private int ticks;
    private int pictures;
    private int largestChunk;

    /**
     * Creates (or truncates) {@code file} for a video of {@code width} x {@code height} pixels
     * at one tick per {@code microsPerTick} microseconds.
     */
    public MjpegAviWriter(Path file, int width, int height, long microsPerTick) throws IOException {
        if (width <= 0 || height <= 0 || microsPerTick <= 0 || microsPerTick > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("bad AVI geometry or timing: " + width + "x" + height
                    + ", " + microsPerTick + " µs per tick");
        }
        this.width = width;
        this.height = height;
        this.microsPerTick = microsPerTick;
        // A symbolic link in the way is refused rather than followed to wherever it points.
        this.out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS);
    }

    /** Adds one JPEG picture shown from {@code timeMicros} after the start of the video. */
    public void write(ByteBuffer jpeg, long timeMicros) throws IOException {
        long tick = Math.max(nextTick, Math.round((double) timeMicros / microsPerTick));
        while (nextTick < tick) {
            writeChunk(ByteBuffer.allocate(0), 0); // hold the previous picture
        }
        writeChunk(jpeg, AVIIF_KEYFRAME);
        pictures++;
    }

    /** Pictures written so far (not counting held ticks). */
    public int pictures() {
        return pictures;
    }

    private void writeChunk(ByteBuffer data, int flags) throws IOException {
        int size = data.remaining();
        long padded = size + (size & 1);
        if (position + 8 + padded + 16L * (ticks + 1) + 8 > MAX_SIZE) {
            throw new IOException("the AVI would exceed " + MAX_SIZE + " bytes, the limit of AVI 1.0 files");
        }
        chunkHeader.clear();
        chunkHeader.put(fourcc("00dc")).putInt(size).flip();
        writeFully(chunkHeader, position);
        writeFully(data, position + 8);
        if ((size & 1) != 0) {
            writeFully(ByteBuffer.allocate(1), position + 8 + size);
        }
        addIndexEntry(flags, (int) (position - MOVI_FOURCC), size);
        position += 8 + padded;
        largestChunk = Math.max(largestChunk, size);
        ticks++;
        nextTick++;
    }

    private void addIndexEntry(int flags, int offset, int size) {
        if (index.remaining() < 16) {
            index = ByteBuffer.allocate(index.capacity() * 2).order(ByteOrder.LITTLE_ENDIAN).put(index.flip());
        }
        index.put(fourcc("00dc")).putInt(flags).putInt(offset).putInt(size);
    }

    /** Writes the index and the headers, which need the final counts and sizes, and closes the file. */
    @Override
    public void close() throws IOException {
        try (out) {
            long moviEnd = position;
            ByteBuffer idx1 = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).put(fourcc("idx1"))
                    .putInt(index.position());
            writeFully(idx1.flip(), moviEnd);
            writeFully(index.flip(), moviEnd + 8);
            long end = moviEnd + 8 + index.limit();
            writeFully(headers(end, moviEnd), 0);
        }
    }

    private ByteBuffer headers(long fileEnd, long moviEnd) {
        long bytesPerSecond = (long) largestChunk * 1_000_000 / microsPerTick;
        ByteBuffer h = ByteBuffer.allocate(HEADERS).order(ByteOrder.LITTLE_ENDIAN);
        h.put(fourcc("RIFF")).putInt((int) (fileEnd - 8)).put(fourcc("AVI "));
        h.put(fourcc("LIST")).putInt(192).put(fourcc("hdrl"));
        h.put(fourcc("avih")).putInt(56)
                .putInt((int) microsPerTick)
                .putInt((int) Math.min(bytesPerSecond, Integer.MAX_VALUE))
                .putInt(0)                       // padding granularity
                .putInt(AVIF_HASINDEX)
                .putInt(ticks)
                .putInt(0)                       // initial frames
                .putInt(1)                       // streams
                .putInt(largestChunk + 8)
                .putInt(width).putInt(height)
                .putInt(0).putInt(0).putInt(0).putInt(0);
        h.put(fourcc("LIST")).putInt(116).put(fourcc("strl"));
        h.put(fourcc("strh")).putInt(56)
                .put(fourcc("vids")).put(fourcc("MJPG"))
                .putInt(0)                       // flags
                .putShort((short) 0).putShort((short) 0)
                .putInt(0)                       // initial frames
                .putInt((int) microsPerTick)     // scale / rate = seconds per tick
                .putInt(1_000_000)
                .putInt(0)                       // start
                .putInt(ticks)
                .putInt(largestChunk + 8)
                .putInt(-1)                      // quality: default
                .putInt(0)                       // sample size: varies
                .putShort((short) 0).putShort((short) 0).putShort((short) width).putShort((short) height);
        h.put(fourcc("strf")).putInt(40)
                .putInt(40).putInt(width).putInt(height)
                .putShort((short) 1).putShort((short) 24)
                .put(fourcc("MJPG"))
                .putInt(width * height * 3)
                .putInt(0).putInt(0).putInt(0).putInt(0);
        h.put(fourcc("LIST")).putInt((int) (moviEnd - MOVI_FOURCC)).put(fourcc("movi"));
        return h.flip();
    }

    private void writeFully(ByteBuffer data, long at) throws IOException {
        long next = at;
        while (data.hasRemaining()) {
            next += out.write(data, next);
        }
    }

    static byte[] fourcc(String code) {
        return code.getBytes(StandardCharsets.US_ASCII);
    }
}
