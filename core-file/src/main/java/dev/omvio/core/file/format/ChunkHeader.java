package dev.omvio.core.file.format;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.StreamFormatException;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The header of one frame chunk: what the frame is and how many data bytes follow it.
 *
 * @param storedInterval the interval as stored, in the version's unit (ms, or µs for 2.1),
 *     0..{@value #MAX_INTERVAL}
 * @param width width in pixels, 1..{@value #MAX_DIMENSION}
 * @param height height in pixels, 1..{@value #MAX_DIMENSION}
 * @param format pixel format
 * @param dataSize data bytes after the header, before the padding; an unsigned 32-bit value
 *     (0 for ARGB8, whose pixels the camera does not store: see {@link #dataSize(PixelFormat, int, int)})
 */
public record ChunkHeader(long storedInterval, int width, int height, PixelFormat format, long dataSize) {
    /** The IDE's limit on width and height; larger values mean the chunk is damaged. */
    public static final int MAX_DIMENSION = 32767;
    /**
     * The largest stored interval this reader accepts; larger values mean the chunk is damaged.
     * Writers store at most {@link StreamVersion#maxWrittenInterval()}, which both the camera and
     * the IDE accept.
     */
    public static final long MAX_INTERVAL = 1_000_000_000L;
    /** Bytes of a version 2 header, the layout omvio writes. */
    public static final int VERSION_2_SIZE = 32;

    /** Why an ARGB8 frame cannot be written to a stream file, naming the formats to use instead. */
    public static final String ARGB8_NOT_STORED = "ARGB8 frames cannot be written to a stream file: the camera "
            + "and the OpenMV IDE store no pixels for them (image_size() has no ARGB8 case) and would read "
            + "every later frame wrongly; write PNG (keeps alpha) or RGB565 instead";

    private static final long MAX_DATA_SIZE = 0xFFFF_FFFFL;
    private static final int VERSION_1_FIRST_JPEG_BPP = 4;
    private static final PixelFormat[] VERSION_1_FORMATS = {
        PixelFormat.BINARY, PixelFormat.GRAYSCALE, PixelFormat.RGB565, PixelFormat.BAYER_BGGR,
    };
    private static final int RESERVED_BYTES = 12;

    /**
     * Checks the ranges above, which every header that readers accept is in.
     *
     * @throws IllegalArgumentException naming the value out of range
     * @throws NullPointerException if {@code format} is null
     */
    public ChunkHeader {
        Objects.requireNonNull(format, "format");
        if (storedInterval < 0 || storedInterval > MAX_INTERVAL) {
            throw new IllegalArgumentException("stored interval of " + storedInterval + " out of range 0.." + MAX_INTERVAL);
        }
        if (width < 1 || width > MAX_DIMENSION || height < 1 || height > MAX_DIMENSION) {
            throw new IllegalArgumentException("size of " + width + "x" + height + " out of range 1.." + MAX_DIMENSION);
        }
        if (dataSize < 0 || dataSize > MAX_DATA_SIZE) {
            throw new IllegalArgumentException("data size of " + dataSize + " out of range 0.." + MAX_DATA_SIZE);
        }
    }

    /**
     * Decodes and checks the header of {@code version}'s layout that starts at the position of
     * {@code bytes}; the buffer's position and byte order are left alone.
     *
     * @param offset the header's position in the stream, for the exception
     * @throws StreamFormatException if a value is out of range: the chunk is damaged
     * @throws IllegalArgumentException if fewer than {@link StreamVersion#headerSize()} bytes remain
     */
    public static ChunkHeader decode(StreamVersion version, ByteBuffer bytes, long offset) throws StreamFormatException {
        if (bytes.remaining() < version.headerSize()) {
            throw new IllegalArgumentException("a " + version + " chunk header has " + version.headerSize()
                    + " bytes, got " + bytes.remaining());
        }
        ByteBuffer header = bytes.slice().order(ByteOrder.LITTLE_ENDIAN);
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
        long dataSize = format.isCompressed() ? compressedSize : dataSize(format, (int) width, (int) height);
        return new ChunkHeader(interval, (int) width, (int) height, format, dataSize);
    }

    /**
     * The data bytes that follow the header of an uncompressed frame, as the firmware's
     * {@code image_size()} (lib/imlib/imlib.c) and the IDE's {@code getImageSize()} count them:
     * {@link PixelFormat#dataSize(int, int)}, except ARGB8, for which both have no case and
     * count 0. The camera writes an ARGB8 frame as a header alone, and both readers skip 0 bytes
     * after it (0 is a multiple of 16: no padding either).
     *
     * @throws IllegalArgumentException if a dimension is not positive
     * @throws UnsupportedOperationException for JPEG and PNG, whose size each frame states
     */
    public static long dataSize(PixelFormat format, int width, int height) {
        return format == PixelFormat.ARGB8 ? 0 : format.dataSize(width, height);
    }

    /**
     * The error for decoding an ARGB8 frame of a stream file, which holds no pixels: the camera
     * writes the header alone ({@link #dataSize(PixelFormat, int, int)}).
     */
    public static StreamFormatException noPixels(FrameInfo frame) {
        return new StreamFormatException(frame.offset(), "frame " + frame.index() + ": the camera stores no pixels "
                + "for ARGB8 frames (its image_size() has no ARGB8 case), so this frame has none to decode");
    }

    /**
     * The header for writing {@code image}, which {@link #requireStorable(Image)} accepted, in
     * {@code version}'s layout, with an interval already in the version's unit; an interval
     * beyond {@link StreamVersion#maxWrittenInterval()} is stored as that, the longest both the
     * camera and the IDE accept.
     *
     * @throws IllegalArgumentException if {@code storedInterval} is negative or the image too large
     */
    public static ChunkHeader of(StreamVersion version, Image image, long storedInterval) {
        return new ChunkHeader(Math.min(storedInterval, version.maxWrittenInterval()), image.width(), image.height(),
                image.format(), image.dataSize());
    }

    /**
     * Checks that the camera and the IDE will read {@code image} back from a stream file: its
     * geometry is within their limits, and it is not ARGB8, whose pixels they do not store.
     *
     * @throws IllegalArgumentException naming the geometry or the format if they will not
     */
    public static void requireStorable(Image image) {
        if (image.width() > MAX_DIMENSION || image.height() > MAX_DIMENSION) {
            throw new IllegalArgumentException("image of " + image.width() + "x" + image.height()
                    + " is larger than the " + MAX_DIMENSION + "x" + MAX_DIMENSION + " stream files allow");
        }
        if (image.format() == PixelFormat.ARGB8) {
            throw new IllegalArgumentException(ARGB8_NOT_STORED);
        }
    }

    /**
     * Puts this header in the version 2 layout into {@code target}, cleared first and flipped
     * after, so it holds exactly the {@value #VERSION_2_SIZE} bytes to write: interval, width,
     * height, pixel format code, data size (little-endian 32-bit values), 12 zero bytes. The
     * target's byte order is set to little-endian.
     *
     * @throws java.nio.BufferOverflowException if {@code target}'s capacity is below {@value #VERSION_2_SIZE}
     */
    public void encodeVersion2(ByteBuffer target) {
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
