package dev.omvio.codec;

import dev.omvio.image.Image;

import java.util.Objects;

/**
 * How to decode a frame.
 *
 * @param bayer the demosaic algorithm for Bayer frames
 * @param parallelism how many row bands a large frame is split into: 0 lets the codec decide
 *     (all cores for frames of at least {@link #PARALLEL_THRESHOLD} pixels), 1 decodes on the
 *     calling thread, n uses up to n bands on the common fork-join pool
 * @param maxPixels the largest width times height a decoder accepts; a frame or a file header
 *     claiming more is rejected before any pixel memory is allocated
 */
public record DecodeOptions(BayerAlgorithm bayer, int parallelism, long maxPixels) {
    /** The number of pixels from which automatic parallelism splits a frame into bands. */
    public static final int PARALLEL_THRESHOLD = 1 << 18;

    /** The default limit on pixels per frame: 2^28 (16384 x 16384). */
    public static final long DEFAULT_MAX_PIXELS = 1L << 28;

    /** Edge-aware demosaic, automatic parallelism, the default pixel limit. */
    public static final DecodeOptions DEFAULT = new DecodeOptions(BayerAlgorithm.EDGE_AWARE, 0, DEFAULT_MAX_PIXELS);

    /**
     * @throws IllegalArgumentException naming the value if parallelism is negative or
     *     maxPixels is not positive
     */
    public DecodeOptions {
        Objects.requireNonNull(bayer, "bayer");
        if (parallelism < 0) {
            throw new IllegalArgumentException("parallelism must be 0 (automatic) or positive, got " + parallelism);
        }
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("maxPixels must be positive, got " + maxPixels);
        }
    }

    /** These options with another Bayer algorithm. */
    public DecodeOptions withBayer(BayerAlgorithm algorithm) {
        return new DecodeOptions(algorithm, parallelism, maxPixels);
    }

    /** These options with another parallelism. */
    public DecodeOptions withParallelism(int bands) {
        return new DecodeOptions(bayer, bands, maxPixels);
    }

    /** These options with another pixel limit. */
    public DecodeOptions withMaxPixels(long limit) {
        return new DecodeOptions(bayer, parallelism, limit);
    }

    /** The width of the decoded pixels of {@code image}: half (rounded down) for a Bayer frame in {@link BayerAlgorithm#HALF_SIZE}. */
    public int decodedWidth(Image image) {
        return halves(image) ? image.width() / 2 : image.width();
    }

    /** The height of the decoded pixels of {@code image}, as {@link #decodedWidth(Image)}. */
    public int decodedHeight(Image image) {
        return halves(image) ? image.height() / 2 : image.height();
    }

    private boolean halves(Image image) {
        return bayer == BayerAlgorithm.HALF_SIZE && image.format().isBayer();
    }
}
