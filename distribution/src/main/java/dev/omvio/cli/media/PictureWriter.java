package dev.omvio.cli.media;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Pictures as files through ImageIO's writers: binary netpbm (TwelveMonkeys' PNM plugin) and
 * TIFF (TwelveMonkeys' TIFF plugin). A picture is written as 8-bit grey or as 8-bit RGB, never
 * with alpha.
 */
public final class PictureWriter {
    private PictureWriter() {
    }

    /**
     * A binary PGM (P5) of the pixels' grey levels when {@code grey}, else a binary PPM (P6) of
     * their RGB; the header carries the writer's {@code # CREATOR} comment line.
     */
    public static byte[] pnm(BufferedImage picture, boolean grey) {
        return write(plain(picture, grey), "pnm");
    }

    /** An uncompressed TIFF of the pixels' grey levels when {@code grey}, else of their RGB. */
    public static byte[] tiff(BufferedImage picture, boolean grey) {
        return write(plain(picture, grey), "tiff");
    }

    private static byte[] write(BufferedImage image, String formatName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, formatName, out)) {
                throw new IllegalStateException("no ImageIO writer for " + formatName
                        + ": put TwelveMonkeys' imageio-" + formatName + " on the module path");
            }
        } catch (IOException e) { // in memory: no I/O can fail
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * {@code TYPE_BYTE_GRAY} when {@code grey}, else {@code TYPE_INT_RGB}. Grey pictures keep
     * their levels (see {@link RgbImages}); colour ones become grey by the firmware's formula.
     */
    private static BufferedImage plain(BufferedImage picture, boolean grey) {
        BufferedImage rgb = RgbImages.of(picture);
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        BufferedImage image = new BufferedImage(width, height, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            rgb.getRGB(0, y, width, 1, row, 0, width);
            if (grey) {
                for (int x = 0; x < width; x++) {
                    row[x] = luma(row[x]);
                }
                image.getRaster().setSamples(0, y, width, 1, 0, row);
            } else {
                image.setRGB(0, y, width, 1, row, 0, width);
            }
        }
        return image;
    }

    // The firmware's grey from RGB888 (FORMAT.md); exact for pixels that are already grey.
    private static int luma(int argb) {
        return ((argb >> 16 & 0xFF) * 38 + (argb >> 8 & 0xFF) * 75 + (argb & 0xFF) * 15) >> 7;
    }
}
