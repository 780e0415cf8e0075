package dev.omvio.codec;

import java.util.Objects;

/**
 * How to encode pixels into a frame. Only JPEG uses these settings; the other formats are exact
 * (or, for RGB565, GRAYSCALE, BINARY and YUV, fixed by the firmware's arithmetic).
 *
 * @param jpegQuality JPEG quality, 1 (smallest) to 100 (best)
 * @param subsampling JPEG chroma subsampling; {@link ChromaSubsampling#GRAY} writes a greyscale JPEG
 */
public record EncodeOptions(int jpegQuality, ChromaSubsampling subsampling) {
    /** Quality 90 with 4:2:0 chroma, like the camera's own JPEGs. */
    public static final EncodeOptions DEFAULT = new EncodeOptions(90, ChromaSubsampling.S420);

    /**
     * @param jpegQuality the JPEG quality, 1 (smallest) to 100 (best)
     * @param subsampling how JPEG stores the chroma channels
     * @throws IllegalArgumentException naming the value if the quality is outside 1..100
     */
    public EncodeOptions {
        Objects.requireNonNull(subsampling, "subsampling");
        if (jpegQuality < 1 || jpegQuality > 100) {
            throw new IllegalArgumentException("JPEG quality must be 1..100, got " + jpegQuality);
        }
    }

    /**
     * {@return these options with another JPEG quality}
     *
     * @param quality the JPEG quality, 1 to 100
     */
    public EncodeOptions withJpegQuality(int quality) {
        return new EncodeOptions(quality, subsampling);
    }

    /**
     * {@return these options with another chroma subsampling}
     *
     * @param chroma the chroma subsampling to use
     */
    public EncodeOptions withSubsampling(ChromaSubsampling chroma) {
        return new EncodeOptions(jpegQuality, chroma);
    }
}
