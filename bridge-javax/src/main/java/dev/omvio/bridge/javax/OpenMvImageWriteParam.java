package dev.omvio.bridge.javax;

import dev.omvio.codec.ChromaSubsampling;
import dev.omvio.image.PixelFormat;

import javax.imageio.ImageWriteParam;
import java.util.Arrays;
import java.util.Locale;

/**
 * Write parameters whose compression types are the target pixel formats: the
 * {@link PixelFormat} names ({@code RGB565}, {@code GRAYSCALE}, {@code BINARY}, {@code JPEG},
 * {@code PNG}, {@code BAYER_BGGR} ..., {@code YUV422}, {@code YVU422}) except {@code ARGB8},
 * which stream files cannot hold: the camera and the OpenMV IDE store no pixels for it.
 *
 * <p>With {@link #MODE_EXPLICIT} the chosen type is written. With
 * {@link #MODE_COPY_FROM_METADATA} (the default, also used without a parameter) the frame
 * metadata's pixel format is written if it has one; otherwise, and with {@link #MODE_DEFAULT}
 * or {@link #MODE_DISABLED}, the image decides: PNG for images with alpha (it keeps alpha),
 * BINARY for 1-bit grey images, GRAYSCALE for grey images, RGB565 for the rest. Metadata
 * naming ARGB8 also gives PNG.
 *
 * <p>The compression quality (0.9 unless set) is the JPEG quality: {@code round(q * 100)},
 * at least 1. The chroma subsampling of JPEG frames is 4:2:0 for colour images and none
 * (a greyscale JPEG) for grey images unless {@link #setChromaSubsampling(ChromaSubsampling) set}.
 * Only PNG is lossless.
 */
public final class OpenMvImageWriteParam extends ImageWriteParam {
    private static final float DEFAULT_QUALITY = 0.9f;

    private ChromaSubsampling chromaSubsampling;

    /**
     * Parameters for {@code locale} (which only affects descriptions).
     *
     * @param locale the locale of descriptions, or null
     */
    public OpenMvImageWriteParam(Locale locale) {
        super(locale);
        canWriteCompressed = true;
        compressionTypes = Arrays.stream(PixelFormat.values()).filter(format -> format != PixelFormat.ARGB8)
                .map(PixelFormat::name).toArray(String[]::new);
        compressionQuality = DEFAULT_QUALITY;
    }

    /** {@return the chosen JPEG chroma subsampling, or null to let the image decide} */
    public ChromaSubsampling getChromaSubsampling() {
        return chromaSubsampling;
    }

    /**
     * Sets the JPEG chroma subsampling; null lets the image decide.
     *
     * @param subsampling the chroma subsampling, or null
     */
    public void setChromaSubsampling(ChromaSubsampling subsampling) {
        chromaSubsampling = subsampling;
    }

    /** Unsets the compression type and puts the quality back to 0.9 (not the 1.0 of the base class). */
    @Override
    public void unsetCompression() {
        super.unsetCompression();
        compressionQuality = DEFAULT_QUALITY;
    }

    /** True for PNG; the other formats drop bits, colour or detail. */
    @Override
    public boolean isCompressionLossless() {
        super.isCompressionLossless(); // the state checks the contract asks for
        return getCompressionType().equals(PixelFormat.PNG.name());
    }
}
