package dev.omvio.codecs.bayer;

/**
 * The scalar bilinear demosaic as it was before the eight-pixel (SWAR) path, kept as the reference
 * the faster paths must match pixel for pixel: a missing colour is the rounded mean of the 2 or 4
 * nearest samples of that colour; borders mirror the frame.
 */
final class ReferenceBilinear {
    private ReferenceBilinear() {
    }

    static void rows(byte[] s, int base, int width, int height, CfaLayout layout,
                     int[] dst, int offset, int scanline, int fromRow, int toRow) {
        int redX = layout.redX();
        int redY = layout.redY();
        int last = width - 1;
        for (int y = fromRow; y < toRow; y++) {
            int row = base + y * width;
            int up = base + Mirror.index(y - 1, height) * width;
            int down = base + Mirror.index(y + 1, height) * width;
            boolean redRow = (y & 1) == redY;
            int out = offset + y * scanline;
            dst[out] = pixel(s, row, up, down, 0, 1, 1, isColourSite(0, redX, redRow), redRow);
            int x = 1;
            if (x < last && !isColourSite(x, redX, redRow)) {
                dst[out + x] = greenSite(s, row, up, down, x, x - 1, x + 1, redRow);
                x++;
            }
            for (; x + 1 < last; x += 2) { // a colour site at x, a green site at x + 1
                dst[out + x] = colourSite(s, row, up, down, x, x - 1, x + 1, redRow);
                dst[out + x + 1] = greenSite(s, row, up, down, x + 1, x, x + 2, redRow);
            }
            if (x < last) {
                dst[out + x] = colourSite(s, row, up, down, x, x - 1, x + 1, redRow);
            }
            dst[out + last] = pixel(s, row, up, down, last, last - 1, last - 1, isColourSite(last, redX, redRow), redRow);
        }
    }

    /** Whether (x, row) samples red or blue rather than green. */
    private static boolean isColourSite(int x, int redX, boolean redRow) {
        return ((x & 1) == redX) == redRow;
    }

    private static int pixel(byte[] s, int row, int up, int down, int x, int left, int right,
                             boolean colourSite, boolean redRow) {
        return colourSite ? colourSite(s, row, up, down, x, left, right, redRow)
                : greenSite(s, row, up, down, x, left, right, redRow);
    }

    /** A red or blue site: green from the four beside it, the other colour from the four diagonals. */
    private static int colourSite(byte[] s, int row, int up, int down, int x, int left, int right, boolean redRow) {
        int centre = s[row + x] & 0xFF;
        int g = ((s[row + left] & 0xFF) + (s[row + right] & 0xFF) + (s[up + x] & 0xFF) + (s[down + x] & 0xFF) + 2) >> 2;
        int opposite = ((s[up + left] & 0xFF) + (s[up + right] & 0xFF)
                + (s[down + left] & 0xFF) + (s[down + right] & 0xFF) + 2) >> 2;
        int r = redRow ? centre : opposite;
        int b = redRow ? opposite : centre;
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    /** A green site: red and blue sit beside it, one pair in its row and one in its column. */
    private static int greenSite(byte[] s, int row, int up, int down, int x, int left, int right, boolean redRow) {
        int g = s[row + x] & 0xFF;
        int inRow = ((s[row + left] & 0xFF) + (s[row + right] & 0xFF) + 1) >> 1;
        int inColumn = ((s[up + x] & 0xFF) + (s[down + x] & 0xFF) + 1) >> 1;
        int r = redRow ? inRow : inColumn;
        int b = redRow ? inColumn : inRow;
        return 0xFF000000 | r << 16 | g << 8 | b;
    }
}
