package dev.omvio.codecs.raw;

/**
 * YUV422 and YVU422: pixel pairs as bytes Y0 c1 Y1 c2, converted with the firmware's integer
 * arithmetic. In that arithmetic {@code a} drives red and {@code b} blue (a = c1 - 128 for
 * YUV422, c2 - 128 for YVU422); the encoder writes its red and blue differences into the same
 * places, so encoding and decoding are inverses up to rounding (exact for greys).
 *
 * <p>The firmware never encodes YUV (only sensors produce it), so the encoder's odd-width rule is
 * omvio's own: the lone last pixel gets its luma and its own first chroma value in its chroma
 * byte, which is exactly the byte the decoder (and the firmware) reads as its first chroma.
 */
final class Yuv422 {
    private Yuv422() {
    }

    static void decode(byte[] src, int base, int width, int height, boolean yvu, int[] dst, int offset, int scanline) {
        for (int y = 0; y < height; y++) {
            int row = base + y * width * 2;
            int out = offset + y * scanline;
            int pairsEnd = width & ~1;
            for (int x = 0; x < pairsEnd; x += 2) {
                int in = row + x * 2;
                int s1 = (src[in + 1] & 0xFF) - 128;
                int s2 = (src[in + 3] & 0xFF) - 128;
                int a = yvu ? s2 : s1;
                int b = yvu ? s1 : s2;
                dst[out + x] = toArgb(src[in] & 0xFF, a, b);
                dst[out + x + 1] = toArgb(src[in + 2] & 0xFF, a, b);
            }
            if (pairsEnd < width) {
                dst[out + pairsEnd] = lastOfOddRow(src, row, pairsEnd, yvu);
            }
        }
    }

    // The lone last pixel of an odd row takes its own chroma byte as c1 and the chroma byte of the
    // pixel before it (the previous pair's c2) as c2, as the firmware's imlib_deyuv_line reads it.
    // A row of one pixel has no pixel before it: the firmware then decodes a constant (see
    // CODECS.md); omvio keeps the pixel, with its own chroma byte as c1 and a neutral c2.
    private static int lastOfOddRow(byte[] src, int row, int x, boolean yvu) {
        int in = row + x * 2;
        int s1 = (src[in + 1] & 0xFF) - 128;
        int s2 = x == 0 ? 0 : (src[in - 1] & 0xFF) - 128;
        int luma = src[in] & 0xFF;
        return yvu ? toArgb(luma, s2, s1) : toArgb(luma, s1, s2);
    }

    /** The luma bytes, as the firmware's YUV to GRAYSCALE conversion takes them. */
    static void decodeLuma(byte[] src, int base, int width, int height, byte[] dst) {
        for (int i = 0, n = width * height; i < n; i++) {
            dst[i] = src[base + i * 2];
        }
    }

    /** FORMAT.md section 3: {@code a} is the red difference, {@code b} the blue difference. */
    static int toArgb(int luma, int a, int b) {
        int r = clamp(luma + ((179 * a) >> 7));
        int g = clamp(luma - ((44 * b + 91 * a) >> 7));
        int bl = clamp(luma + ((227 * b) >> 7));
        return 0xFF000000 | r << 16 | g << 8 | bl;
    }

    private static int clamp(int value) {
        return value < 0 ? 0 : Math.min(value, 255);
    }

    /** The firmware's red difference of a colour, (64r - 54g - 10b) >> 7, in -128..127. */
    static int redDifference(int argb) {
        return (((argb >>> 16) & 0xFF) * 64 - ((argb >>> 8) & 0xFF) * 54 - (argb & 0xFF) * 10) >> 7;
    }

    /** The firmware's blue difference of a colour, (-21r - 43g + 64b) >> 7, in -128..127. */
    static int blueDifference(int argb) {
        return (-((argb >>> 16) & 0xFF) * 21 - ((argb >>> 8) & 0xFF) * 43 + (argb & 0xFF) * 64) >> 7;
    }

    /** Each pair's chroma is the mean (rounded down) of its two pixels' differences; luma is the firmware's grey. */
    static void encode(int[] src, int offset, int scanline, int width, int height, boolean yvu, byte[] dst) {
        for (int y = 0; y < height; y++) {
            int in = offset + y * scanline;
            int row = y * width * 2;
            for (int x = 0; x < width; x += 2) {
                int p0 = src[in + x];
                boolean pair = x + 1 < width;
                int p1 = pair ? src[in + x + 1] : p0;
                int a = (redDifference(p0) + redDifference(p1)) >> 1;
                int b = (blueDifference(p0) + blueDifference(p1)) >> 1;
                int out = row + x * 2;
                dst[out] = (byte) Grey.of(p0);
                dst[out + 1] = (byte) ((yvu ? b : a) + 128);
                if (pair) {
                    dst[out + 2] = (byte) Grey.of(p1);
                    dst[out + 3] = (byte) ((yvu ? a : b) + 128);
                }
            }
        }
    }
}
