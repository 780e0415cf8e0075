package dev.omvio.codecs.bayer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Bilinear demosaic: a missing colour is the rounded mean of the 2 or 4 nearest samples of that
 * colour. Borders mirror the frame (a neighbour outside is the one inside, across the edge).
 * Needs a frame at least 2x2 ({@link SmallDemosaic} handles the rest).
 *
 * <p>Only the first and last columns need mirrored neighbours. The columns between are done eight
 * at a time in {@code long}s (SWAR): one little-endian load holds eight samples, and masking the
 * even or odd bytes into 16-bit halves gives four lanes that add without carrying into each other
 * (a sum of four samples plus rounding stays below 1024). A chunk starts at a red-or-blue site, so
 * its even lanes are red-or-blue sites and its odd lanes green sites, and each kind needs only its
 * own sums. The few columns left over are done in scalar pairs of one site of each kind.
 */
final class BilinearDemosaic {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The low byte of each 16-bit lane. */
    private static final long LOW_BYTES = 0x00FF00FF00FF00FFL;
    private static final long ONES = 0x0001000100010001L;
    private static final long TWOS = 2 * ONES;
    /** Alpha 0xFF in the high byte of each 16-bit lane, above a red value. */
    private static final long OPAQUE = 0xFF00FF00FF00FF00L;
    /** Lanes 0 and 2 of four 16-bit lanes, each widened to the low half of a 32-bit lane. */
    private static final long EVEN_HALVES = 0x0000FFFF0000FFFFL;

    private BilinearDemosaic() {
    }

    /** Columns a wider kernel does before the eight-pixel one, as {@link VectorBilinear} does ({@link Kernels}). */
    @FunctionalInterface
    interface Wide {
        /** No wider kernel: every interior column is left to the eight-pixel one. */
        Wide NONE = (s, row, up, down, x, width, redRow, dst, out) -> x;

        /**
         * Demosaics columns from {@code x}, a red or blue site at least 1, of the row at offset
         * {@code row} (its neighbours at {@code up} and {@code down}) into {@code dst[out + x..]},
         * reading no column past {@code width - 1}; returns the next column to do, again a red or
         * blue site.
         */
        int columns(byte[] s, int row, int up, int down, int x, int width, boolean redRow, int[] dst, int out);
    }

    /** Rows {@code fromRow} to {@code toRow - 1}, the interior starting with {@code wide}'s columns. */
    static void rows(byte[] s, int base, int width, int height, CfaLayout layout,
                     int[] dst, int offset, int scanline, int fromRow, int toRow, Wide wide) {
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
            x = wide.columns(s, row, up, down, x, width, redRow, dst, out);
            for (; x + 8 < last; x += 8) { // the chunk reads columns x - 1 to x + 8
                eight(s, row, up, down, x, redRow, dst, out + x);
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

    /** Columns {@code x} (a red or blue site) to {@code x + 7} into {@code dst[at..at + 7]}. */
    private static void eight(byte[] s, int row, int up, int down, int x, boolean redRow, int[] dst, int at) {
        long left = (long) LONGS.get(s, row + x - 1);
        long centre = (long) LONGS.get(s, row + x);
        long right = (long) LONGS.get(s, row + x + 1);
        long upLeft = (long) LONGS.get(s, up + x - 1);
        long upCentre = (long) LONGS.get(s, up + x);
        long downLeft = (long) LONGS.get(s, down + x - 1);
        long downCentre = (long) LONGS.get(s, down + x);
        // Even lanes: the colour sites x, x + 2, ...; odd lanes: the green sites x + 1, x + 3, ...
        long colour = centre & LOW_BYTES;
        long green = (centre >>> 8) & LOW_BYTES;
        long verticalOdd = ((upCentre >>> 8) & LOW_BYTES) + ((downCentre >>> 8) & LOW_BYTES);
        long besideColour = (left & LOW_BYTES) + green + (upCentre & LOW_BYTES) + (downCentre & LOW_BYTES);
        long diagonals = (upLeft & LOW_BYTES) + (downLeft & LOW_BYTES) + verticalOdd;
        long greenAtColour = ((besideColour + TWOS) >>> 2) & LOW_BYTES;
        long opposite = ((diagonals + TWOS) >>> 2) & LOW_BYTES;
        long inRow = ((colour + ((right >>> 8) & LOW_BYTES) + ONES) >>> 1) & LOW_BYTES;
        long inColumn = ((verticalOdd + ONES) >>> 1) & LOW_BYTES;
        if (redRow) {
            store(colour, greenAtColour, opposite, dst, at);
            store(inRow, green, inColumn, dst, at + 1);
        } else {
            store(opposite, greenAtColour, colour, dst, at);
            store(inColumn, green, inRow, dst, at + 1);
        }
    }

    /** Packs four lanes of red, green and blue into ARGB at {@code at}, {@code at + 2}, {@code at + 4}, {@code at + 6}. */
    private static void store(long r, long g, long b, int[] dst, int at) {
        long low = b | g << 8;
        long high = r | OPAQUE;
        long lanes02 = (low & EVEN_HALVES) | (high & EVEN_HALVES) << 16;
        long lanes13 = ((low >>> 16) & EVEN_HALVES) | (high & ~EVEN_HALVES);
        dst[at] = (int) lanes02;
        dst[at + 2] = (int) lanes13;
        dst[at + 4] = (int) (lanes02 >>> 32);
        dst[at + 6] = (int) (lanes13 >>> 32);
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
