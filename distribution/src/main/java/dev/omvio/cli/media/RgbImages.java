package dev.omvio.cli.media;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Pictures as plain sRGB pixels for drawing and writing. Grey pictures are converted level for
 * level: Java 2D treats a {@code TYPE_BYTE_GRAY} image as linear grey and brightens it when
 * drawing or reading it as RGB (level 128 would become 188), while camera grey is meant as is.
 */
final class RgbImages {
    private RgbImages() {
    }

    /** {@code picture} itself, or for a grey picture a {@code TYPE_INT_RGB} copy with r = g = b = its level. */
    static BufferedImage of(BufferedImage picture) {
        if (!ImageFiles.isGrey(picture)) {
            return picture;
        }
        int width = picture.getWidth();
        int height = picture.getHeight();
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Raster raster = picture.getRaster();
        int max = (1 << picture.getColorModel().getComponentSize(0)) - 1;
        int[] levels = new int[width];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            raster.getSamples(0, y, width, 1, 0, levels);
            for (int x = 0; x < width; x++) {
                int level = levels[x] * 255 / max;
                row[x] = level << 16 | level << 8 | level;
            }
            rgb.setRGB(0, y, width, 1, row, 0, width);
        }
        return rgb;
    }
}
