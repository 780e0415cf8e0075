package dev.omvio.bench.baseline;

import java.awt.image.BufferedImage;

/**
 * Bilinear demosaic of a BGGR mosaic written as one would at first: per pixel, per colour, look
 * at the neighbours one by one through an accessor and store the result with {@code setRGB}.
 */
public final class NaiveBilinearDemosaic {
    private final byte[] mosaic;
    private final int width;
    private final int height;

    /** A demosaic of the {@code width x height} BGGR samples in {@code mosaic}. */
    public NaiveBilinearDemosaic(byte[] mosaic, int width, int height) {
        this.mosaic = mosaic;
        this.width = width;
        this.height = height;
    }

    /** Demosaics into {@code target}, a {@code width x height} RGB image. */
    public BufferedImage demosaicInto(BufferedImage target) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int red = average(x, y, Colour.RED);
                int green = average(x, y, Colour.GREEN);
                int blue = average(x, y, Colour.BLUE);
                target.setRGB(x, y, 0xFF000000 | red << 16 | green << 8 | blue);
            }
        }
        return target;
    }

    private enum Colour { RED, GREEN, BLUE }

    // The rounded mean of the samples of the colour in the 3x3 neighbourhood inside the frame.
    private int average(int x, int y, Colour colour) {
        if (colourAt(x, y) == colour) {
            return sample(x, y);
        }
        int sum = 0;
        int count = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                boolean inside = nx >= 0 && ny >= 0 && nx < width && ny < height;
                boolean nearest = colour != Colour.GREEN || dx == 0 || dy == 0;
                if (inside && nearest && colourAt(nx, ny) == colour) {
                    sum += sample(nx, ny);
                    count++;
                }
            }
        }
        return count == 0 ? sample(x, y) : (sum + count / 2) / count;
    }

    // BGGR: row 0 is B G B G ..., row 1 is G R G R ...
    private static Colour colourAt(int x, int y) {
        boolean evenRow = y % 2 == 0;
        boolean evenColumn = x % 2 == 0;
        if (evenRow == evenColumn) {
            return evenRow ? Colour.BLUE : Colour.RED;
        }
        return Colour.GREEN;
    }

    private int sample(int x, int y) {
        return mosaic[y * width + x] & 0xFF;
    }
}
