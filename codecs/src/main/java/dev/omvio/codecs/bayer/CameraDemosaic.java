package dev.omvio.codecs.bayer;

import dev.omvio.codecs.raw.Rgb565;

/**
 * The camera's own demosaic: the OpenMV firmware's {@code imlib_debayer_image}
 * ({@code lib/imlib/bayer.c}) as its Cortex-M7 build (32-bit DSP vectors) computes it.
 *
 * <p>Every mean is the halving add {@code (a + b) >> 1}; four neighbours are a mean of two such
 * means. At a red or blue site the green is {@code avg(avg(left, right), avg(up, down))} and the
 * other colour {@code avg(avg(upLeft, downLeft), avg(upRight, downRight))}; at a green site the
 * colour of its row is {@code avg(left, right)} and the colour of its column {@code avg(up, down)}.
 * The 8-bit result is packed into RGB565; grey is {@code (38r + 75g + 15b) >> 7} of the 8-bit
 * result.
 *
 * <p>Neighbours outside the frame, as the firmware's row pointers and vector loads pick them:
 * row -1 is row 1 and row h is row h-2 (row 0 itself when h is 1); column -1 is column 1, and the
 * right neighbour of the last column is column w-2 for an odd width and for a width of 2, but the
 * last column itself for an even width of 4 or more (the firmware fills the missing byte of its
 * last load with the byte before it); a width of 1 takes the pixel itself on both sides.
 */
final class CameraDemosaic {
    private CameraDemosaic() {
    }

    /**
     * Demosaics rows {@code fromRow} to {@code toRow - 1} into ARGB: the RGB565 value expanded to
     * 8 bits by bit replication, or, with {@code grey}, the firmware's grey level in all three channels.
     */
    static void rows(byte[] s, int base, int width, int height, CfaLayout layout, boolean grey,
                     int[] dst, int offset, int scanline, int fromRow, int toRow) {
        int redX = layout.redX();
        int last = width - 1;
        int lastRight = lastColumnsRightNeighbour(width);
        for (int y = fromRow; y < toRow; y++) {
            int row = base + y * width;
            int up = base + (y > 0 ? y - 1 : mirrorOrSelf(1, height)) * width;
            int down = base + (y + 1 < height ? y + 1 : mirrorOrSelf(height - 2, height)) * width;
            boolean redRow = (y & 1) == layout.redY();
            boolean colourFirst = (redX == 0) == redRow; // whether column 0 is a red or blue site
            int out = offset + y * scanline;
            dst[out] = site(s, row, up, down, 0, mirrorOrSelf(1, width), width > 1 ? 1 : lastRight,
                    colourFirst, redRow, grey);
            // The columns between have both neighbours inside: pairs of one site of each kind.
            int x = 1;
            for (; x + 1 < last; x += 2) {
                dst[out + x] = site(s, row, up, down, x, x - 1, x + 1, !colourFirst, redRow, grey);
                dst[out + x + 1] = site(s, row, up, down, x + 1, x, x + 2, colourFirst, redRow, grey);
            }
            if (x < last) {
                dst[out + x] = site(s, row, up, down, x, x - 1, x + 1, !colourFirst, redRow, grey);
            }
            if (last > 0) {
                dst[out + last] = site(s, row, up, down, last, last - 1, lastRight, (last & 1) == 0 == colourFirst,
                        redRow, grey);
            }
        }
    }

    private static int site(byte[] s, int row, int up, int down, int x, int left, int right,
                            boolean colourSite, boolean redRow, boolean grey) {
        int r;
        int g;
        int b;
        if (colourSite) {
            int centre = s[row + x] & 0xFF;
            g = mean(mean(s[row + left], s[row + right]), mean(s[up + x], s[down + x]));
            int opposite = mean(mean(s[up + left], s[down + left]), mean(s[up + right], s[down + right]));
            r = redRow ? centre : opposite;
            b = redRow ? opposite : centre;
        } else {
            g = s[row + x] & 0xFF;
            int inRow = mean(s[row + left], s[row + right]);
            int inColumn = mean(s[up + x], s[down + x]);
            r = redRow ? inRow : inColumn;
            b = redRow ? inColumn : inRow;
        }
        return grey
                ? 0xFF000000 | ((r * 38 + g * 75 + b * 15) >> 7) * 0x010101
                : Rgb565.toArgb(((r & 0xF8) << 8) | ((g & 0xFC) << 3) | (b >> 3));
    }

    /** The mirrored index {@code inside}, or 0 when the frame is one pixel across. */
    private static int mirrorOrSelf(int inside, int n) {
        return n > 1 ? inside : 0;
    }

    /** The column the firmware reads as the right neighbour of column {@code width - 1}. */
    private static int lastColumnsRightNeighbour(int width) {
        if (width == 1) {
            return 0;
        }
        return (width & 1) == 1 || width == 2 ? width - 2 : width - 1;
    }

    private static int mean(int a, int b) {
        return (a + b) >> 1;
    }

    private static int mean(byte a, byte b) {
        return ((a & 0xFF) + (b & 0xFF)) >> 1;
    }
}
