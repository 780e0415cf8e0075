package dev.omvio.bridge.javax.chunk;

import dev.omvio.image.PixelFormat;
import dev.omvio.stream.StreamFormatException;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The header of one frame chunk: what the frame is and how many data bytes follow it.
 *
 * @param storedInterval the interval as stored, in the version's unit (ms, or µs for 2.1)
 * @param width width in pixels, 1..{@value #MAX_DIMENSION}
 * @param height height in pixels, 1..{@value #MAX_DIMENSION}
 * @param format pixel format
 * @param dataSize data bytes after the header, before the padding
 */
public record ChunkHeader(long storedInterval, int width, int height, PixelFormat format, long dataSize) {
    /** The IDE's limit on width and height; larger values mean the chunk is damaged. */
    public static final int MAX_DIMENSION = 32767;
    /** The IDE's limit on a stored interval; larger values mean the chunk is damaged. */
    public static final long MAX_INTERVAL = 1_000_000_000L;
    /** Bytes of a version 2 header, the layout this bridge writes. */
    public static final int VERSION_2_SIZE = 32;

    private static final int VERSION_1_FIRST_JPEG_BPP = 4;
    private static final PixelFormat[] VERSION_1_FORMATS = {
        PixelFormat.BINARY, PixelFormat.GRAYSCALE, PixelFormat.RGB565, PixelFormat.BAYER_BGGR,
    };

    /**
     * Decodes and checks a header of {@code version}'s layout.
     *
     * @param offset the header's position in the stream, for the exception
     * @throws StreamFormatException if a value is out of range: the chunk is damaged
     */
    static ChunkHeader decode(StreamVersion version, byte[] bytes, long offset) throws StreamFormatException {
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long interval = unsigned(header, 0);
        long width = unsigned(header, 4);
        long height = unsigned(header, 8);
        long formatField = unsigned(header, 12);
        if (interval > MAX_INTERVAL) {
            throw new StreamFormatException(offset, "interval of " + interval + " out of range (at most " + MAX_INTERVAL + ")");
        }
        checkDimension("width", width, offset);
        checkDimension("height", height, offset);
        PixelFormat format;
        long compressedSize;
        if (version.hasFormatCodes()) {
            format = PixelFormat.ofCode((int) formatField).orElseThrow(() -> new StreamFormatException(offset,
                    String.format("unknown pixel format code 0x%08X", formatField)));
            compressedSize = unsigned(header, 16);
        } else if (formatField < VERSION_1_FIRST_JPEG_BPP) {
            format = VERSION_1_FORMATS[(int) formatField];
            compressedSize = 0;
        } else {
            format = PixelFormat.JPEG;
            compressedSize = formatField;
        }
        if (format.isCompressed() && compressedSize == 0) {
            throw new StreamFormatException(offset, format + " frame with a data size of 0");
        }
        long dataSize = format.isCompressed() ? compressedSize : format.dataSize((int) width, (int) height);
        return new ChunkHeader(interval, (int) width, (int) height, format, dataSize);
    }

    /**
     * This header in the version 2 layout: interval, width, height, pixel format code, data
     * size, 12 zero bytes.
     */
    byte[] encodeVersion2() {
        ByteBuffer header = ByteBuffer.allocate(VERSION_2_SIZE).order(ByteOrder.LITTLE_ENDIAN)
                .putInt((int) storedInterval)
                .putInt(width)
                .putInt(height)
                .putInt(format.code())
                .putInt((int) dataSize);
        return header.array();
    }

    /** The first multiple of 16 at or after {@code position} (FORMAT.md's "Pad16"). */
    static long pad16(long position) {
        return (position + 15) & ~15L;
    }

    private static void checkDimension(String name, long value, long offset) throws StreamFormatException {
        if (value == 0 || value > MAX_DIMENSION) {
            throw new StreamFormatException(offset, name + " of " + value + " out of range 1.." + MAX_DIMENSION);
        }
    }

    private static long unsigned(ByteBuffer header, int at) {
        return Integer.toUnsignedLong(header.getInt(at));
    }
}
