package dev.omvio.codecs.support;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.awt.image.DataBufferInt;

/**
 * ARGB pixels of a {@link BufferedImage}: its own array for {@code TYPE_INT_ARGB} (no copy),
 * otherwise a converted copy. Grey images convert level for level ({@code getRGB} would apply
 * Java2D's linear-to-sRGB curve, turning grey 100 into 168).
 *
 * @param argb the pixels, {@code 0xAARRGGBB}
 * @param offset index of the top-left pixel
 * @param scanline array elements from one row to the next
 * @param width width in pixels
 * @param height height in pixels
 */
public record ArgbPixels(int[] argb, int offset, int scanline, int width, int height) {

    /** The pixels of {@code image}. */
    public static ArgbPixels of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_INT_ARGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && image.getRaster().getParent() == null) {
            return new ArgbPixels(buffer.getData(), buffer.getOffset(), width, width, height);
        }
        int[] argb = new int[width * height];
        copy(image, argb, 0, width);
        return new ArgbPixels(argb, 0, width, width, height);
    }

    /** Copies the pixels of {@code image} into the caller's rows, grey images level for level. */
    public static void copy(BufferedImage image, int[] argb, int offset, int scanline) {
        int width = image.getWidth();
        int height = image.getHeight();
        if (!isGrey(image)) {
            image.getRGB(0, 0, width, height, argb, offset, scanline);
            return;
        }
        Raster raster = image.getRaster();
        int drop = image.getColorModel().getComponentSize(0) - 8;
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            raster.getSamples(0, y, width, 1, 0, row);
            int out = offset + y * scanline;
            for (int x = 0; x < width; x++) {
                int level = drop >= 0 ? row[x] >> drop : row[x] << -drop;
                argb[out + x] = 0xFF000000 | level * 0x010101;
            }
        }
    }

    private static boolean isGrey(BufferedImage image) {
        ColorModel model = image.getColorModel();
        return model.getColorSpace().getType() == ColorSpace.TYPE_GRAY && model.getNumComponents() == 1;
    }

    /** The pixel array of a freshly created {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB} image: rows of exactly its width. */
    public static int[] pixelsOf(BufferedImage intImage) {
        return ((DataBufferInt) intImage.getRaster().getDataBuffer()).getData();
    }
}
