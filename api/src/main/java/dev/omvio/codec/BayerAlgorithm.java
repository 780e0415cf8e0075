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
    HALF_SIZE
}
