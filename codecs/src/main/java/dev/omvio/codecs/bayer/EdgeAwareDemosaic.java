package dev.omvio.codecs.bayer;

/**
 * Malvar-He-Cutler demosaic ("High-quality linear interpolation for demosaicing of Bayer-patterned
 * color images", ICASSP 2004): bilinear interpolation corrected by the Laplacian of the sampled
 * colour, with the paper's 5x5 kernels scaled by 16 to integers. Borders mirror the frame.
 * Needs a frame at least 2x2 ({@link SmallDemosaic} handles the rest).
 *
 * <p>Only the first two and last two columns need mirrored neighbours; the columns between are
 * read at fixed offsets.
 */
final class EdgeAwareDemosaic {
    private EdgeAwareDemosaic() {
    }

    static void rows(byte[] s, int base, int width, int height, CfaLayout layout,
                     int[] dst, int offset, int scanline, int fromRow, int toRow) {
        int redX = layout.redX();
        int redY = layout.redY();
        int[] rows = new int[5];
        for (int y = fromRow; y < toRow; y++) {
            for (int dy = -2; dy <= 2; dy++) {
                rows[dy + 2] = base + Mirror.index(y + dy, height) * width;
            }
            boolean redRow = (y & 1) == redY;
            int out = offset + y * scanline;
            int x = 0;
            for (; x < Math.min(2, width); x++) {
                dst[out + x] = mirrored(s, rows, x, width, redX, redRow);
            }
            if (x < width - 2 && !isColourSite(x, redX, redRow)) {
                dst[out + x] = pixel(s, rows, x, x - 1, x - 2, x + 1, x + 2, false, redRow);
                x++;
            }
            for (; x < width - 2; x++) {
                dst[out + x] = pixel(s, rows, x, x - 1, x - 2, x + 1, x + 2, isColourSite(x, redX, redRow), redRow);
            }
            for (; x < width; x++) {
                dst[out + x] = mirrored(s, rows, x, width, redX, redRow);
            }
        }
    }

    /** Whether (x, row) samples red or blue rather than green. */
    private static boolean isColourSite(int x, int redX, boolean redRow) {
        return ((x & 1) == redX) == redRow;
    }

    private static int mirrored(byte[] s, int[] rows, int x, int width, int redX, boolean redRow) {
        return pixel(s, rows, x, Mirror.index(x - 1, width), Mirror.index(x - 2, width),
                Mirror.index(x + 1, width), Mirror.index(x + 2, width), isColourSite(x, redX, redRow), redRow);
    }

    private static int pixel(byte[] s, int[] rows, int x, int left1, int left2, int right1, int right2,
                             boolean colourSite, boolean redRow) {
        int up2 = rows[0];
        int up1 = rows[1];
        int row = rows[2];
        int down1 = rows[3];
        int down2 = rows[4];
        int c = s[row + x] & 0xFF;
        int nearRow = (s[row + left1] & 0xFF) + (s[row + right1] & 0xFF);
        int nearColumn = (s[up1 + x] & 0xFF) + (s[down1 + x] & 0xFF);
        int farRow = (s[row + left2] & 0xFF) + (s[row + right2] & 0xFF);
        int farColumn = (s[up2 + x] & 0xFF) + (s[down2 + x] & 0xFF);
        int diagonal = (s[up1 + left1] & 0xFF) + (s[up1 + right1] & 0xFF)
                + (s[down1 + left1] & 0xFF) + (s[down1 + right1] & 0xFF);
        int r;
        int g;
        int b;
        if (colourSite) {
            g = clamp(8 * c + 4 * (nearRow + nearColumn) - 2 * (farRow + farColumn));
            int opposite = clamp(12 * c + 4 * diagonal - 3 * (farRow + farColumn));
            r = redRow ? c : opposite;
            b = redRow ? opposite : c;
        } else {
            g = c;
            int inRow = clamp(10 * c + 8 * nearRow - 2 * farRow - 2 * diagonal + farColumn);
            int inColumn = clamp(10 * c + 8 * nearColumn - 2 * farColumn - 2 * diagonal + farRow);
            r = redRow ? inRow : inColumn;
            b = redRow ? inColumn : inRow;
        }
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    /** Rounds a kernel sum scaled by 16 and clamps it to 0..255. */
    private static int clamp(int sixteenths) {
        int value = (sixteenths + 8) >> 4;
        return value < 0 ? 0 : Math.min(value, 255);
    }
}
