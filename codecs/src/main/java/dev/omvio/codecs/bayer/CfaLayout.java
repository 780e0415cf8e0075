package dev.omvio.codecs.bayer;

import dev.omvio.image.PixelFormat;

/**
 * Where the colours of a Bayer pattern sit: red at columns of parity {@code redX} in rows of
 * parity {@code redY}, blue at the opposite parities, green elsewhere.
 *
 * @param redX 0 or 1, the parity of the red sample's column
 * @param redY 0 or 1, the parity of the red sample's row
 */
record CfaLayout(int redX, int redY) {
    static final int RED = 0;
    static final int GREEN = 1;
    static final int BLUE = 2;

    /** The layout of a Bayer format, named by its top-left 2x2 tile (BGGR: B G / G R). */
    static CfaLayout of(PixelFormat format) {
        return switch (format) {
            case BAYER_BGGR -> new CfaLayout(1, 1);
            case BAYER_GBRG -> new CfaLayout(0, 1);
            case BAYER_GRBG -> new CfaLayout(1, 0);
            case BAYER_RGGB -> new CfaLayout(0, 0);
            default -> throw new IllegalArgumentException(format + " is not a Bayer format");
        };
    }

    /** {@link #RED}, {@link #GREEN} or {@link #BLUE}: the colour sampled at (x, y). */
    static int colourAt(int x, int y, int redX, int redY) {
        boolean redColumn = (x & 1) == redX;
        boolean redRow = (y & 1) == redY;
        if (redColumn == redRow) {
            return redRow ? RED : BLUE;
        }
        return GREEN;
    }
}
