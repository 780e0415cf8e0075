package dev.omvio.codecs.raw;

/** ARGB8: a little-endian u32 0xAARRGGBB per pixel (bytes B, G, R, A). */
final class Argb8 {
    private Argb8() {
    }

    static void decode(byte[] src, int base, int width, int height, int[] dst, int offset, int scanline) {
        int in = base;
        for (int y = 0; y < height; y++) {
            int out = offset + y * scanline;
            for (int x = 0; x < width; x++, in += 4) {
                dst[out + x] = (src[in] & 0xFF) | (src[in + 1] & 0xFF) << 8 | (src[in + 2] & 0xFF) << 16 | src[in + 3] << 24;
            }
        }
    }

    static void encode(int[] src, int offset, int scanline, int width, int height, byte[] dst) {
        int out = 0;
        for (int y = 0; y < height; y++) {
            int in = offset + y * scanline;
            for (int x = 0; x < width; x++, out += 4) {
                int argb = src[in + x];
                dst[out] = (byte) argb;
                dst[out + 1] = (byte) (argb >>> 8);
                dst[out + 2] = (byte) (argb >>> 16);
                dst[out + 3] = (byte) (argb >>> 24);
            }
        }
    }
}
