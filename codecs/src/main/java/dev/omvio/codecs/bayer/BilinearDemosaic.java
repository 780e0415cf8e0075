package dev.omvio.codecs.bayer;

/**
 * Bilinear demosaic: a missing colour is the rounded mean of the 2 or 4 nearest samples of that
 * colour. Borders mirror the frame, which equals averaging only the samples inside it.
 * Needs a frame at least 2x2 ({@link SmallDemosaic} handles the rest).
 */
final class BilinearDemosaic {
    private BilinearDemosaic() {
    }

    static void rows(byte[] s, int base, int width, int height, CfaLayout layout,
                     int[] dst, int offset, int scanline, int fromRow, int toRow) {
        int redX = layout.redX();
        int redY = layout.redY();
        for (int y = fromRow; y < toRow; y++) {
            int row = base + y * width;
            int up = base + Mirror.index(y - 1, height) * width;
            int down = base + Mirror.index(y + 1, height) * width;
            boolean redRow = (y & 1) == redY;
            int out = offset + y * scanline;
            for (int x = 0; x < width; x++) {
                int left = Mirror.index(x - 1, width);
                int right = Mirror.index(x + 1, width);
                int centre = s[row + x] & 0xFF;
                int horizontal = (s[row + left] & 0xFF) + (s[row + right] & 0xFF);
                int vertical = (s[up + x] & 0xFF) + (s[down + x] & 0xFF);
                int r;
                int g;
                int b;
                if (((x & 1) == redX) == redRow) { // red or blue site
                    int diagonal = (s[up + left] & 0xFF) + (s[up + right] & 0xFF)
                            + (s[down + left] & 0xFF) + (s[down + right] & 0xFF);
                    g = (horizontal + vertical + 2) >> 2;
                    int opposite = (diagonal + 2) >> 2;
                    r = redRow ? centre : opposite;
                    b = redRow ? opposite : centre;
                } else { // green site: red and blue sit beside it, one pair in its row, one in its column
                    g = centre;
                    int inRow = (horizontal + 1) >> 1;
                    int inColumn = (vertical + 1) >> 1;
                    r = redRow ? inRow : inColumn;
                    b = redRow ? inColumn : inRow;
                }
                dst[out + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
    }
}
