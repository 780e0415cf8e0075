package dev.omvio.codecs.raw;

/**
 * BINARY: rows of whole little-endian 32-bit words, pixel x in bit x % 32 of word x / 32; 1 is
 * white. A colour becomes 1 when its firmware luma is at least {@link #THRESHOLD}, as the
 * firmware's grey-to-binary rule (luma above half of 0..255).
 */
final class Binary {
    /** The lowest luma that encodes as a 1 (white). */
    static final int THRESHOLD = 128;

    private Binary() {
    }

    static int rowBytes(int width) {
        return (width + 31) / 32 * 4;
    }

    static boolean bit(byte[] src, int rowStart, int x) {
        return (src[rowStart + (x >>> 3)] & (1 << (x & 7))) != 0;
    }

    static void decode(byte[] src, int base, int width, int height, int[] dst, int offset, int scanline) {
        int stride = rowBytes(width);
        for (int y = 0; y < height; y++) {
            int row = base + y * stride;
            int out = offset + y * scanline;
            for (int x = 0; x < width; x++) {
                dst[out + x] = bit(src, row, x) ? 0xFFFFFFFF : 0xFF000000;
            }
        }
    }

    /** Decodes into grey levels 0 and 255, one byte per pixel. */
    static void decodeToGrey(byte[] src, int base, int width, int height, byte[] dst) {
        int stride = rowBytes(width);
        int out = 0;
        for (int y = 0; y < height; y++) {
            int row = base + y * stride;
            for (int x = 0; x < width; x++) {
                dst[out++] = bit(src, row, x) ? (byte) 0xFF : 0;
            }
        }
    }

    // Little-endian words with LSB-first bits are simply LSB-first bytes: bit x is bit x%8 of byte x/8.
    static void encode(int[] src, int offset, int scanline, int width, int height, byte[] dst) {
        int stride = rowBytes(width);
        for (int y = 0; y < height; y++) {
            int row = y * stride;
            int in = offset + y * scanline;
            for (int x = 0; x < width; x++) {
                if (Grey.of(src[in + x]) >= THRESHOLD) {
                    dst[row + (x >>> 3)] |= (byte) (1 << (x & 7));
                }
            }
        }
    }
}
