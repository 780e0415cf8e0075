package dev.omvio.codecs.raw;

/** GRAYSCALE (one luma byte per pixel) and the firmware's grey-from-colour arithmetic. */
final class Grey {
    private Grey() {
    }

    /** The firmware's luma of an ARGB value: {@code (r*38 + g*75 + b*15) >> 7}, alpha ignored. */
    static int of(int argb) {
        return (((argb >>> 16) & 0xFF) * 38 + ((argb >>> 8) & 0xFF) * 75 + (argb & 0xFF) * 15) >> 7;
    }

    /** The opaque ARGB value of a grey level. */
    static int toArgb(int grey) {
        return 0xFF000000 | grey * 0x010101;
    }

    static void decode(byte[] src, int base, int width, int height, int[] dst, int offset, int scanline) {
        int in = base;
        for (int y = 0; y < height; y++) {
            int out = offset + y * scanline;
            for (int x = 0; x < width; x++) {
                dst[out + x] = toArgb(src[in++] & 0xFF);
            }
        }
    }

    static void encode(int[] src, int offset, int scanline, int width, int height, byte[] dst) {
        int out = 0;
        for (int y = 0; y < height; y++) {
            int in = offset + y * scanline;
            for (int x = 0; x < width; x++) {
                dst[out++] = (byte) of(src[in + x]);
            }
        }
    }
}
