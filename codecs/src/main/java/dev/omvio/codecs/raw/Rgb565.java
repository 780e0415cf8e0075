package dev.omvio.codecs.raw;

/**
 * RGB565 (little-endian u16, red in bits 15..11): 8-bit by bit replication, back by truncation.
 * Public for the Bayer codec's camera demosaic, which packs into RGB565 as the firmware does.
 */
public final class Rgb565 {
    private Rgb565() {
    }

    /**
     * The ARGB value (alpha 0xFF) of one RGB565 pixel, expanded as the firmware's
     * {@code COLOR_RGB565_TO_R8} etc.: {@code r8 = r5 << 3 | r5 >> 2}.
     */
    public static int toArgb(int pixel) {
        int r5 = (pixel >>> 11) & 0x1F;
        int g6 = (pixel >>> 5) & 0x3F;
        int b5 = pixel & 0x1F;
        int r = (r5 << 3) | (r5 >>> 2);
        int g = (g6 << 2) | (g6 >>> 4);
        int b = (b5 << 3) | (b5 >>> 2);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    /** The RGB565 pixel of an ARGB value (alpha ignored). */
    static int fromArgb(int argb) {
        int r = (argb >>> 16) & 0xFF;
        int g = (argb >>> 8) & 0xFF;
        int b = argb & 0xFF;
        return ((r & 0xF8) << 8) | ((g & 0xFC) << 3) | (b >>> 3);
    }

    static void decode(byte[] src, int base, int width, int height, int[] dst, int offset, int scanline) {
        int in = base;
        for (int y = 0; y < height; y++) {
            int out = offset + y * scanline;
            for (int x = 0; x < width; x++, in += 2) {
                dst[out + x] = toArgb((src[in] & 0xFF) | (src[in + 1] & 0xFF) << 8);
            }
        }
    }

    static void encode(int[] src, int offset, int scanline, int width, int height, byte[] dst) {
        int out = 0;
        for (int y = 0; y < height; y++) {
            int in = offset + y * scanline;
            for (int x = 0; x < width; x++, out += 2) {
                int pixel = fromArgb(src[in + x]);
                dst[out] = (byte) pixel;
                dst[out + 1] = (byte) (pixel >>> 8);
            }
        }
    }
}
