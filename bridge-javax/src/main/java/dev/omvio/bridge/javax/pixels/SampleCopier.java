package dev.omvio.bridge.javax.pixels;

import java.awt.Rectangle;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Copies samples row by row from a region of one raster, taking every n-th pixel and row,
 * into a rectangle of another with as many bands. Samples of equal sizes are copied as they
 * are; where the target band's sample size differs (an 8-bit decode into 5-, 6-, 1- or 16-bit
 * samples), each sample is scaled to the target's range with rounding, so that the colour is
 * kept: 8-bit v becomes {@code round(v * (2^bits - 1) / 255)}, which gives back the exact 5- and
 * 6-bit values of bit-replicated RGB565, 0 and 1 for BINARY's 0 and 255, and v * 257 for 16 bits.
 * Band selection is done by the callers through child rasters.
 */
public final class SampleCopier {
    /** Told after each row; returning false stops the copy (an abort). */
    @FunctionalInterface
    public interface RowListener {
        /**
         * @param rowsCopied the rows copied so far
         * @return whether to go on
         */
        boolean rowCopied(int rowsCopied);
    }

    private SampleCopier() {
    }

    /**
     * Copies {@code width} x {@code height} pixels: target pixel (x, y) comes from source pixel
     * ({@code sourceX + x * periodX}, {@code sourceY + y * periodY}).
     *
     * @return false if the listener stopped the copy
     */
    public static boolean copy(Raster source, int sourceX, int sourceY, int periodX, int periodY,
            WritableRaster target, Rectangle targetArea, RowListener listener) {
        int bands = source.getNumBands();
        int width = targetArea.width;
        int span = (width - 1) * periodX + 1;
        int[] row = new int[span * bands];
        int[] picked = periodX == 1 ? row : new int[width * bands];
        long[][] scale = scaling(source, target);
        for (int y = 0; y < targetArea.height; y++) {
            source.getPixels(sourceX, sourceY + y * periodY, span, 1, row);
            if (periodX != 1) {
                for (int x = 0; x < width; x++) {
                    System.arraycopy(row, x * periodX * bands, picked, x * bands, bands);
                }
            }
            if (scale != null) {
                scale(picked, width * bands, scale);
            }
            target.setPixels(targetArea.x, targetArea.y + y, width, 1, picked);
            if (!listener.rowCopied(y + 1)) {
                return false;
            }
        }
        return true;
    }

    // Per band {source maximum, target maximum}, or null when every band keeps its sample size.
    private static long[][] scaling(Raster source, Raster target) {
        int bands = source.getNumBands();
        long[][] scale = new long[bands][];
        boolean any = false;
        for (int band = 0; band < bands; band++) {
            int from = source.getSampleModel().getSampleSize(band);
            int to = target.getSampleModel().getSampleSize(band);
            scale[band] = new long[] {(1L << from) - 1, (1L << to) - 1};
            any |= from != to;
        }
        return any ? scale : null;
    }

    private static void scale(int[] samples, int length, long[][] scale) {
        int bands = scale.length;
        for (int i = 0; i < length; i++) {
            long[] maxima = scale[i % bands];
            samples[i] = (int) ((samples[i] * maxima[1] + maxima[0] / 2) / maxima[0]);
        }
    }
}
