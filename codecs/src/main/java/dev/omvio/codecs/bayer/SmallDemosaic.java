package dev.omvio.codecs.bayer;

import java.util.Arrays;

/**
 * Demosaic for frames one pixel wide or high, where the other algorithms' stencils have nothing
 * to mirror: each missing colour is the rounded mean of the samples of that colour among the 8
 * neighbours, and a colour with none there takes the pixel's own sample.
 */
final class SmallDemosaic {
    private SmallDemosaic() {
    }

    static void rows(byte[] src, int base, int width, int height, CfaLayout layout,
                     int[] dst, int offset, int scanline, int fromRow, int toRow) {
        int[] sums = new int[3];
        int[] counts = new int[3];
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < width; x++) {
                dst[offset + y * scanline + x] = pixel(src, base, width, height, layout, x, y, sums, counts);
            }
        }
    }

    private static int pixel(byte[] src, int base, int width, int height, CfaLayout layout, int x, int y,
                             int[] sums, int[] counts) {
        Arrays.fill(sums, 0);
        Arrays.fill(counts, 0);
        int own = src[base + y * width + x] & 0xFF;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < width && ny < height) {
                    int colour = CfaLayout.colourAt(nx, ny, layout.redX(), layout.redY());
                    sums[colour] += src[base + ny * width + nx] & 0xFF;
                    counts[colour]++;
                }
            }
        }
        int ownColour = CfaLayout.colourAt(x, y, layout.redX(), layout.redY());
        int argb = 0xFF000000;
        for (int colour = 0; colour < 3; colour++) {
            int value = colour == ownColour || counts[colour] == 0
                    ? own
                    : (sums[colour] + counts[colour] / 2) / counts[colour];
            argb |= value << (16 - 8 * colour);
        }
        return argb;
    }
}
