package dev.omvio.codecs.bayer;

/**
 * The edge-aware (Malvar-He-Cutler) demosaic as it was before its interior was read at fixed
 * offsets, every column through the mirror: the reference the faster code must match pixel for pixel.
 */
final class ReferenceEdgeAware {
    private ReferenceEdgeAware() {
    }

    static void rows(byte[] s, int base, int width, int height, CfaLayout layout,
                     int[] dst, int offset, int scanline, int fromRow, int toRow) {
        int redX = layout.redX();
        int redY = layout.redY();
        for (int y = fromRow; y < toRow; y++) {
            int row = base + y * width;
            int up1 = base + Mirror.index(y - 1, height) * width;
            int up2 = base + Mirror.index(y - 2, height) * width;
            int down1 = base + Mirror.index(y + 1, height) * width;
            int down2 = base + Mirror.index(y + 2, height) * width;
            boolean redRow = (y & 1) == redY;
            int out = offset + y * scanline;
            for (int x = 0; x < width; x++) {
                int left1 = Mirror.index(x - 1, width);
                int left2 = Mirror.index(x - 2, width);
                int right1 = Mirror.index(x + 1, width);
                int right2 = Mirror.index(x + 2, width);
                int c = s[row + x] & 0xFF;
                int near = (s[row + left1] & 0xFF) + (s[row + right1] & 0xFF)
                        + (s[up1 + x] & 0xFF) + (s[down1 + x] & 0xFF);
                int farRow = (s[row + left2] & 0xFF) + (s[row + right2] & 0xFF);
                int farColumn = (s[up2 + x] & 0xFF) + (s[down2 + x] & 0xFF);
                int diagonal = (s[up1 + left1] & 0xFF) + (s[up1 + right1] & 0xFF)
                        + (s[down1 + left1] & 0xFF) + (s[down1 + right1] & 0xFF);
                int r;
                int g;
                int b;
                if (((x & 1) == redX) == redRow) { // red or blue site
                    g = clamp(8 * c + 4 * near - 2 * (farRow + farColumn));
                    int opposite = clamp(12 * c + 4 * diagonal - 3 * (farRow + farColumn));
                    r = redRow ? c : opposite;
                    b = redRow ? opposite : c;
                } else { // green site
                    g = c;
                    int nearRow = (s[row + left1] & 0xFF) + (s[row + right1] & 0xFF);
                    int nearColumn = near - nearRow;
                    int inRow = clamp(10 * c + 8 * nearRow - 2 * farRow - 2 * diagonal + farColumn);
                    int inColumn = clamp(10 * c + 8 * nearColumn - 2 * farColumn - 2 * diagonal + farRow);
                    r = redRow ? inRow : inColumn;
                    b = redRow ? inColumn : inRow;
                }
                dst[out + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
    }

    /** Rounds a kernel sum scaled by 16 and clamps it to 0..255. */
    private static int clamp(int sixteenths) {
        int value = (sixteenths + 8) >> 4;
        return value < 0 ? 0 : Math.min(value, 255);
    }
}
