package dev.omvio.core.file;

import dev.omvio.image.Image;
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
record ChunkHeader(long storedInterval, int width, int height, PixelFormat format, long dataSize) {
    /** The IDE's limit on width and height; larger values mean the chunk is damaged. */
    static final int MAX_DIMENSION = 32767;
    /** The IDE's limit on a stored interval; larger values mean the chunk is damaged. */
    static final long MAX_INTERVAL = 1_000_000_000L;

    private static final int VERSION_1_FIRST_JPEG_BPP = 4;
    private static final PixelFormat[] VERSION_1_FORMATS = {
        PixelFormat.BINARY, PixelFormat.GRAYSCALE, PixelFormat.RGB565, PixelFormat.BAYER_BGGR,
    };
    private static final int RESERVED_BYTES = 12;

    /**
     * Decodes and checks the header at the start of {@code bytes}.
     *
     * @param offset the header's file position, for the exception
     * @throws StreamFormatException if a value is out of range: the chunk is damaged
     */
    static ChunkHeader decode(StreamVersion version, ByteBuffer bytes, long offset) throws StreamFormatException {
        ByteBuffer header = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
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
     * The header for writing {@code image}, which {@link #requireStorable(Image)} accepted, with
     * an interval already in the version's unit; an interval beyond {@link #MAX_INTERVAL} is
     * stored as that, the longest readers accept.
     */
    static ChunkHeader of(Image image, long storedInterval) {
        return new ChunkHeader(Math.min(storedInterval, MAX_INTERVAL), image.width(), image.height(),
                image.format(), image.dataSize());
    }

    /**
     * Checks that stream readers will accept the geometry of {@code image}.
     *
     * @throws IllegalArgumentException naming the geometry if they will not
     */
    static void requireStorable(Image image) {
        if (image.width() > MAX_DIMENSION || image.height() > MAX_DIMENSION) {
            throw new IllegalArgumentException("image of " + image.width() + "x" + image.height()
                    + " is larger than the " + MAX_DIMENSION + "x" + MAX_DIMENSION + " stream files allow");
        }
    }

    /**
     * Puts this header in the version 2 layout into {@code target} (at least 32 bytes),
     * ready to be written: interval, width, height, pixel format code, data size, 12 zero bytes.
     */
    void encodeVersion2(ByteBuffer target) {
        target.clear().order(ByteOrder.LITTLE_ENDIAN)
                .putInt((int) storedInterval)
                .putInt(width)
                .putInt(height)
                .putInt(format.code())
                .putInt((int) dataSize);
        for (int i = 0; i < RESERVED_BYTES; i++) {
            target.put((byte) 0);
        }
        target.flip();
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
