package dev.omvio.bridge.javax;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds stream files byte by byte from FORMAT.md, independently of the bridge's writer:
 * the 16-byte magic, then per frame a 16-byte (1.x) or 32-byte (2.x) little-endian header, the
 * data and zero padding to a multiple of 16.
 */
final class StreamBytes {
    static final int BINARY = 0x08010000;
    static final int GRAYSCALE = 0x08020001;
    static final int RGB565 = 0x0C030002;
    static final int ARGB8 = 0x0C080004;
    static final int BAYER_BGGR = 0x05040001;
    static final int BAYER_GBRG = 0x05040101;
    static final int BAYER_GRBG = 0x05040201;
    static final int BAYER_RGGB = 0x05040301;
    static final int YUV422 = 0x14050002;
    static final int YVU422 = 0x14050102;
    static final int JPEG = 0x06060000;
    static final int PNG = 0x06070000;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final boolean version2;

    private StreamBytes(String version) {
        bytes.writeBytes(("OMV IMG STR V" + version).getBytes(StandardCharsets.US_ASCII));
        version2 = version.startsWith("2");
    }

    /** A stream of version "1.0", "1.1", "2.0" or "2.1". */
    static StreamBytes version(String version) {
        return new StreamBytes(version);
    }

    /** A version 2.x frame: interval, width, height, pixel format code, size field (data length for JPEG and PNG, else 0), 12 zeros. */
    StreamBytes frame2(int interval, int width, int height, int code, byte[] data) {
        boolean compressed = code == JPEG || code == PNG;
        return frame2(interval, width, height, code, compressed ? data.length : 0, data);
    }

    /** A version 2.x frame with the given size field. */
    StreamBytes frame2(int interval, int width, int height, int code, int sizeField, byte[] data) {
        if (!version2) {
            throw new IllegalStateException("a version 1 stream has 16-byte headers");
        }
        u32(interval).u32(width).u32(height).u32(code).u32(sizeField);
        bytes.writeBytes(new byte[12]);
        return data(data);
    }

    /** A version 1.x frame: interval, width, height, bpp (0..3, or the JPEG data size). */
    StreamBytes frame1(int interval, int width, int height, int bpp, byte[] data) {
        if (version2) {
            throw new IllegalStateException("a version 2 stream has 32-byte headers");
        }
        u32(interval).u32(width).u32(height).u32(bpp);
        return data(data);
    }

    /** Raw bytes as they are (for cut-short or damaged chunks). */
    StreamBytes raw(byte... raw) {
        bytes.writeBytes(raw);
        return this;
    }

    StreamBytes u32(int value) {
        for (int i = 0; i < 4; i++) {
            bytes.write(value >>> (8 * i));
        }
        return this;
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }

    private StreamBytes data(byte[] data) {
        bytes.writeBytes(data);
        while (bytes.size() % 16 != 0) {
            bytes.write(0);
        }
        return this;
    }

    /** Bytes from ints 0..255, for writing data literally. */
    static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
