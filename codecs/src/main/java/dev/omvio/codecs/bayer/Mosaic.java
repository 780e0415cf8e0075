package dev.omvio.codecs.bayer;

/** Samples ARGB pixels through a colour filter array: each pixel keeps the one channel its position sees. */
final class Mosaic {
    private Mosaic() {
    }

    static void mosaic(int[] src, int offset, int scanline, int width, int height, CfaLayout layout, byte[] dst) {
        int redX = layout.redX();
        int redY = layout.redY();
        int out = 0;
        for (int y = 0; y < height; y++) {
            int in = offset + y * scanline;
            for (int x = 0; x < width; x++) {
                int shift = switch (CfaLayout.colourAt(x, y, redX, redY)) {
                    case CfaLayout.RED -> 16;
                    case CfaLayout.GREEN -> 8;
                    default -> 0;
                };
                dst[out++] = (byte) (src[in + x] >>> shift);
            }
        }
    }
}
