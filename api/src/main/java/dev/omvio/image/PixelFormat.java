package dev.omvio.image;

import java.util.Locale;
import java.util.Optional;

/**
 * The pixel formats of the OpenMV firmware, with the 32-bit codes written in version 2 stream
 * files.
 *
 * <p>A code is laid out, from the most significant bit, as 3 reserved bits, the flags
 * YUV(28), mutable(27), colour(26), compressed(25) and raw Bayer(24), an 8-bit format id, an
 * 8-bit sub-format id and an 8-bit bytes-per-pixel count. The constants below carry exactly the
 * codes the firmware writes; every property is derived from the code.
 */
public enum PixelFormat {
    /** One bit per pixel, rows of whole little-endian 32-bit words, LSB first; 1 is white. */
    BINARY(0x08010000),
    /** One byte of luma per pixel. */
    GRAYSCALE(0x08020001),
    /** A little-endian 16-bit word per pixel: red in bits 15..11, green 10..5, blue 4..0. */
    RGB565(0x0C030002),
    /** A little-endian 32-bit word per pixel, 0xAARRGGBB (bytes B, G, R, A). */
    ARGB8(0x0C080004),
    /** Raw Bayer mosaic whose top-left 2x2 tile is B G / G R (the firmware's {@code BAYER}). */
    BAYER_BGGR(0x05040001),
    /** Raw Bayer mosaic whose top-left 2x2 tile is G B / R G. */
    BAYER_GBRG(0x05040101),
    /** Raw Bayer mosaic whose top-left 2x2 tile is G R / B G. */
    BAYER_GRBG(0x05040201),
    /** Raw Bayer mosaic whose top-left 2x2 tile is R G / G B. */
    BAYER_RGGB(0x05040301),
    /** Pairs of pixels as bytes Y0 U Y1 V. */
    YUV422(0x14050002),
    /** Pairs of pixels as bytes Y0 V Y1 U. */
    YVU422(0x14050102),
    /** A baseline JFIF file (greyscale or YCbCr) per frame. */
    JPEG(0x06060000),
    /** An ordinary PNG file per frame. */
    PNG(0x06070000);

    private static final int FLAG_YUV = 1 << 28;
    private static final int FLAG_MUTABLE = 1 << 27;
    private static final int FLAG_COLOR = 1 << 26;
    private static final int FLAG_COMPRESSED = 1 << 25;
    private static final int FLAG_BAYER = 1 << 24;

    private static final PixelFormat[] VALUES = values();

    private final int code;

    PixelFormat(int code) {
        this.code = code;
    }

    /** {@return the 32-bit code the firmware writes for this format in version 2 stream files} */
    public int code() {
        return code;
    }

    /** {@return the 8-bit format id (bits 16..23 of the code): 1 BINARY, 2 GRAYSCALE, 3 RGB565, and so on} */
    public int formatId() {
        return (code >>> 16) & 0xFF;
    }

    /** {@return the 8-bit sub-format id (bits 8..15 of the code), which tells Bayer patterns and YUV orders apart} */
    public int subFormatId() {
        return (code >>> 8) & 0xFF;
    }

    /**
     * {@return bytes per pixel as the code states it: 0 for BINARY (one bit) and for the compressed
     * formats, whose size is not a function of the geometry}
     */
    public int bytesPerPixel() {
        return code & 0xFF;
    }

    /** {@return whether pixels are colour (every format but BINARY and GRAYSCALE)} */
    public boolean isColor() {
        return (code & FLAG_COLOR) != 0;
    }

    /** {@return whether frames are compressed files (JPEG, PNG) whose data size is stored with each frame} */
    public boolean isCompressed() {
        return (code & FLAG_COMPRESSED) != 0;
    }

    /** {@return whether this is a raw Bayer mosaic} */
    public boolean isBayer() {
        return (code & FLAG_BAYER) != 0;
    }

    /** {@return whether this is one of the packed YUV formats} */
    public boolean isYuv() {
        return (code & FLAG_YUV) != 0;
    }

    /** {@return whether the firmware can draw on images of this format} */
    public boolean isMutable() {
        return (code & FLAG_MUTABLE) != 0;
    }

    /**
     * {@return the data size in bytes of one frame of this format, by FORMAT.md's rule: BINARY
     * {@code ceil(w/32) * 4 * h}; GRAYSCALE and Bayer {@code w * h}; RGB565 and YUV
     * {@code w * h * 2}; ARGB8 {@code w * h * 4}}
     *
     * @param width the width in pixels
     * @param height the height in pixels
     * @throws IllegalArgumentException if a dimension is not positive
     * @throws ArithmeticException if the size does not fit a {@code long} (ARGB8 near 2^31 x 2^31)
     * @throws UnsupportedOperationException for JPEG and PNG, whose size each frame states
     */
    public long dataSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException(
                    "image dimensions must be positive, got " + width + "x" + height);
        }
        if (isCompressed()) {
            throw new UnsupportedOperationException(
                    name() + " frames have no fixed size: each frame states its own");
        }
        if (this == BINARY) {
            return ((width + 31L) / 32) * 4 * height;
        }
        // width * height always fits a long; times 4 bytes may not.
        return Math.multiplyExact((long) width * height, (long) bytesPerPixel());
    }

    /**
     * {@return the format with the given 32-bit code, or empty if the code is none of the twelve}
     *
     * @param code the code as written in version 2.x frame headers
     */
    public static Optional<PixelFormat> ofCode(int code) {
        for (PixelFormat format : VALUES) {
            if (format.code == code) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the format with the given name, ignoring case; {@code BAYER} (the firmware's name for
     * the default pattern) means {@link #BAYER_BGGR}}
     *
     * @param name a format's name, such as {@code "rgb565"}
     * @throws IllegalArgumentException naming the value if it is no format's name
     */
    public static PixelFormat forName(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        if (upper.equals("BAYER")) {
            return BAYER_BGGR;
        }
        for (PixelFormat format : VALUES) {
            if (format.name().equals(upper)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown pixel format '" + name + "'");
    }
}
