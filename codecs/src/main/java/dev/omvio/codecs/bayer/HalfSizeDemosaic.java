package dev.omvio.codecs.bayer;

/**
 * One output pixel per 2x2 tile: its red, its blue and the rounded mean of its two greens. The
 * output is width/2 x height/2 (a last odd column or row is dropped).
 */
final class HalfSizeDemosaic {
    private HalfSizeDemosaic() {
    }

    static void rows(byte[] s, int base, int width, CfaLayout layout,
                     int[] dst, int offset, int scanline, int fromRow, int toRow) {
        int redX = layout.redX();
        int redY = layout.redY();
        int outWidth = width / 2;
        for (int y = fromRow; y < toRow; y++) {
            int redRow = base + (2 * y + redY) * width;
            int blueRow = base + (2 * y + (redY ^ 1)) * width;
            int out = offset + y * scanline;
            for (int x = 0; x < outWidth; x++) {
                int redColumn = 2 * x + redX;
                int blueColumn = 2 * x + (redX ^ 1);
                int r = s[redRow + redColumn] & 0xFF;
                int b = s[blueRow + blueColumn] & 0xFF;
                int g = ((s[redRow + blueColumn] & 0xFF) + (s[blueRow + redColumn] & 0xFF) + 1) >> 1;
                dst[out + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
    }
}
