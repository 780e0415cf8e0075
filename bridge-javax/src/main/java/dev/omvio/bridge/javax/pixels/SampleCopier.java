package dev.omvio.bridge.javax.pixels;

import java.awt.Rectangle;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Copies samples row by row from a region of one raster, taking every n-th pixel and row,
 * into a rectangle of another with as many bands; samples are copied as they are, so both
 * rasters should hold 8-bit samples. Band selection is done by the callers through child
 * rasters.
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
        for (int y = 0; y < targetArea.height; y++) {
            source.getPixels(sourceX, sourceY + y * periodY, span, 1, row);
            if (periodX != 1) {
                for (int x = 0; x < width; x++) {
                    System.arraycopy(row, x * periodX * bands, picked, x * bands, bands);
                }
            }
            target.setPixels(targetArea.x, targetArea.y + y, width, 1, picked);
            if (!listener.rowCopied(y + 1)) {
                return false;
            }
        }
        return true;
    }
}
