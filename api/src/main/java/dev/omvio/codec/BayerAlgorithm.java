package dev.omvio.codec;

/** How a raw Bayer mosaic becomes RGB pixels. */
public enum BayerAlgorithm {
    /** Each missing colour is the mean of its nearest samples of that colour: fast, soft edges, some colour fringes. */
    BILINEAR,
    /** Malvar-He-Cutler gradient-corrected interpolation (5x5 kernels): sharper and several dB better than bilinear. */
    EDGE_AWARE,
    /**
     * One pixel per 2x2 tile (red, blue and the mean of both greens): an image of half the width
     * and height (rounded down), for previews. Needs at least 2x2 pixels.
     */
    HALF_SIZE,
    /**
     * The camera's own demosaic, bit for bit: the OpenMV firmware's {@code imlib_debayer_image}
     * as the Cortex-M7 boards (OpenMV Cam H7, H7 Plus, RT1062) run it, which the camera's
     * {@code to_rgb565()}, {@code to_grayscale()} and {@code to_bitmap()} use on a Bayer image.
     * Each missing colour is a mean of 2 or 4 neighbours taken as means of pairs, every mean
     * rounded down; rows mirror at the top and bottom, columns at the left and for odd widths at
     * the right, and the last column of an even width of 4 or more takes itself as its right
     * neighbour, as the firmware does. Works from 1x1 up.
     *
     * <p>The camera then packs the 8-bit values into RGB565, so ARGB and {@link java.awt.image.BufferedImage}
     * pixels are those RGB565 values expanded back to 8 bits the way the firmware expands them
     * (bit replication: {@code r8 = r5 << 3 | r5 >> 2}, {@code g8 = g6 << 2 | g6 >> 4}).
     * Its grey values come from the unpacked 8-bit colour ({@code (38r + 75g + 15b) >> 7}), so
     * for the camera's GRAYSCALE or BINARY values use
     * {@link PixelCodecs#convert(dev.omvio.image.Image, dev.omvio.image.PixelFormat, DecodeOptions)}
     * (which also gives its RGB565 values exactly).
     */
    CAMERA
}
