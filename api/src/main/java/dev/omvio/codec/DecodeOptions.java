package dev.omvio.codec;

import dev.omvio.image.Image;

import java.util.Locale;
import java.util.Objects;

/**
 * How to decode a frame.
 *
 * @param bayer the demosaic algorithm for Bayer frames
 * @param parallelism how many row bands a large frame is split into: 0 lets the codec decide
 *     (all cores for frames of at least {@link #PARALLEL_THRESHOLD} pixels), 1 decodes on the
 *     calling thread, n uses up to n bands on the common fork-join pool
 * @param maxPixels the pixel budget: the largest width times height a decoder accepts; a frame
 *     or a file header claiming more is rejected before any pixel memory is allocated (see
 *     {@link #checkPixels(String, long, long)}, which also keeps a decode within the heap)
 */
public record DecodeOptions(BayerAlgorithm bayer, int parallelism, long maxPixels) {
    /** The number of pixels from which automatic parallelism splits a frame into bands. */
    public static final int PARALLEL_THRESHOLD = 1 << 18;

    /**
     * The built-in pixel budget: 2^26 pixels (64 Mpixel, 8192 x 8192). OpenMV sensors give at
     * most about 5 Mpixel (2592 x 1944), and hardly any camera more than 64 Mpixel; decoded as
     * ARGB ints such a frame takes 256 MiB, where 16384 x 16384 would take a gigabyte.
     */
    public static final long DEFAULT_MAX_PIXELS = 1L << 26;

    /**
     * The system property that sets the pixel budget of {@link #DEFAULT}: a positive whole
     * number of pixels, read once when this class is initialized. An invalid value is reported
     * as a warning and {@link #DEFAULT_MAX_PIXELS} is used.
     */
    public static final String MAX_PIXELS_PROPERTY = "omvio.decode.maxPixels";

    /**
     * Edge-aware demosaic, automatic parallelism, and the pixel budget of the system property
     * {@value #MAX_PIXELS_PROPERTY} if set, else {@link #DEFAULT_MAX_PIXELS}.
     */
    public static final DecodeOptions DEFAULT = new DecodeOptions(BayerAlgorithm.EDGE_AWARE, 0, configuredMaxPixels());

    /** The most heap one decoded pixel takes: an ARGB int. */
    private static final int BYTES_PER_PIXEL = Integer.BYTES;

    /**
     * @param bayer the demosaic algorithm for Bayer frames
     * @param parallelism how many row bands a large frame is split into: 0 lets the codec decide, 1 decodes on the calling thread
     * @param maxPixels the pixel budget: the largest width times height a decoder accepts
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

    /**
     * {@return these options with another Bayer algorithm}
     *
     * @param algorithm the Bayer algorithm to use
     */
    public DecodeOptions withBayer(BayerAlgorithm algorithm) {
        return new DecodeOptions(algorithm, parallelism, maxPixels);
    }

    /**
     * {@return these options with another parallelism}
     *
     * @param bands the parallelism to use, as {@link #parallelism()}
     */
    public DecodeOptions withParallelism(int bands) {
        return new DecodeOptions(bayer, bands, maxPixels);
    }

    /**
     * {@return these options with another pixel limit}
     *
     * @param limit the pixel budget to use, as {@link #maxPixels()}
     */
    public DecodeOptions withMaxPixels(long limit) {
        return new DecodeOptions(bayer, parallelism, limit);
    }

    /**
     * {@return the most pixels a decode with these options may allocate: {@link #maxPixels()}, and no
     * more than half the maximum heap ({@link Runtime#maxMemory()}) holds as 4-byte ARGB
     * pixels} Half, because a decode holds a frame's pixels twice at some point (a decoder's
     * own image and the ARGB copy, or a decoded picture and its encoding).
     */
    public long pixelBudget() {
        return Math.min(maxPixels, Runtime.getRuntime().maxMemory() / (2L * BYTES_PER_PIXEL));
    }

    /**
     * Checks the dimensions a picture declares (a frame header, a JPEG SOF, a PNG IHDR) against
     * {@link #pixelBudget()}, before any memory is allocated for its pixels.
     *
     * @param width the declared width in pixels
     * @param height the declared height in pixels
     * @param picture what declares the dimensions, for the message, such as "JPEG header"
     * @throws CorruptImageException naming the declared size and the budget if the dimensions
     *     are not positive or their product exceeds the budget
     */
    public void checkPixels(String picture, long width, long height) throws CorruptImageException {
        if (width <= 0 || height <= 0) {
            throw new CorruptImageException(picture + " declares " + width + "x" + height + " pixels: no picture");
        }
        long pixels = Math.multiplyHigh(width, height) == 0 && width * height > 0 ? width * height : Long.MAX_VALUE;
        if (pixels > maxPixels) {
            throw new CorruptImageException(String.format(Locale.ROOT,
                    "%s declares %dx%d pixels, over the pixel budget of %d (maxPixels; %s)",
                    picture, width, height, maxPixels, MAX_PIXELS_PROPERTY));
        }
        long heapBudget = pixelBudget();
        if (pixels > heapBudget) {
            throw new CorruptImageException(String.format(Locale.ROOT,
                    "%s declares %dx%d pixels, over the %d pixels a heap of %d MiB can decode",
                    picture, width, height, heapBudget, Runtime.getRuntime().maxMemory() >> 20));
        }
    }

    /**
     * {@return the width of the decoded pixels of {@code image}: half (rounded down) for a Bayer frame in {@link BayerAlgorithm#HALF_SIZE}}
     *
     * @param image the frame to decode
     */
    public int decodedWidth(Image image) {
        return halves(image) ? image.width() / 2 : image.width();
    }

    /**
     * {@return the height of the decoded pixels of {@code image}, as {@link #decodedWidth(Image)}}
     *
     * @param image the frame to decode
     */
    public int decodedHeight(Image image) {
        return halves(image) ? image.height() / 2 : image.height();
    }

    private boolean halves(Image image) {
        return bayer == BayerAlgorithm.HALF_SIZE && image.format().isBayer();
    }

    private static long configuredMaxPixels() {
        String value = System.getProperty(MAX_PIXELS_PROPERTY);
        if (value == null) {
            return DEFAULT_MAX_PIXELS;
        }
        try {
            long pixels = Long.parseLong(value.strip());
            if (pixels > 0) {
                return pixels;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        System.getLogger(DecodeOptions.class.getName()).log(System.Logger.Level.WARNING,
                "system property {0}=''{1}'' is not a positive number of pixels; using {2}",
                MAX_PIXELS_PROPERTY, value, Long.toString(DEFAULT_MAX_PIXELS));
        return DEFAULT_MAX_PIXELS;
    }
}
