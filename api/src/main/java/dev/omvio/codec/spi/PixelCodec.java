package dev.omvio.codec.spi;

import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Set;

/**
 * Decodes frames of some pixel formats into pixels and encodes pixels into frames.
 *
 * <p>Pixels in {@code int} arrays are packed {@code 0xAARRGGBB}, rows {@code scanline} ints
 * apart, starting at {@code offset}; formats without alpha decode with alpha 0xFF. When a
 * caller supplies the array, decoding allocates no pixel memory.
 *
 * <p>For each format {@link dev.omvio.codec.PixelCodecs} uses the {@link #isAvailable()
 * available} codec with the highest {@link #priority()}, so a codec takes over a format from
 * another by declaring a higher priority. Implementations must be thread-safe.
 */
public interface PixelCodec {
    /** Priority of the codecs that ship with omvio for formats only they handle. */
    int PRIORITY_BUILT_IN = 0;
    /** Priority of omvio's pure-Java fallbacks for formats that also have a native codec. */
    int PRIORITY_FALLBACK = 50;
    /** Priority of omvio's native (JNA) codecs. */
    int PRIORITY_NATIVE = 100;

    /** {@return a short name saying which implementation this is, such as {@code "libjpeg-turbo"}} */
    String name();

    /** {@return the higher, the more preferred for the formats this codec handles; see the constants} */
    default int priority() {
        return PRIORITY_BUILT_IN;
    }

    /** {@return whether this codec can work here (a native codec is not when its library is missing)} */
    default boolean isAvailable() {
        return true;
    }

    /**
     * What decides {@link #isAvailable()} here, in words for a user: for a native codec, which
     * library was loaded or why none was. Tools such as {@code omvio doctor} show it.
     *
     * @return "available" or "unavailable" unless the codec says more
     */
    default String availability() {
        return isAvailable() ? "available" : "unavailable";
    }

    /** {@return the formats this codec decodes} */
    Set<PixelFormat> decodes();

    /** {@return the formats this codec encodes} */
    Set<PixelFormat> encodes();

    /**
     * Decodes {@code source} into {@code argb}: {@link DecodeOptions#decodedHeight(Image)} rows of
     * {@link DecodeOptions#decodedWidth(Image)} pixels.
     *
     * @param source the frame to decode, in one of {@link #decodes()}
     * @param options how to decode: Bayer algorithm, parallelism, pixel budget
     * @param argb where the pixels go, packed {@code 0xAARRGGBB}
     * @param offset the index in {@code argb} of the first row's first pixel
     * @param scanline the distance in {@code argb} from one row's start to the next
     * @throws dev.omvio.codec.CorruptImageException (an IOException) if the data cannot be decoded
     * @throws IllegalArgumentException if the format is not one of {@link #decodes()} or the
     *     array is too small for the rows
     */
    void decode(Image source, DecodeOptions options, int[] argb, int offset, int scanline) throws IOException;

    /**
     * Decodes {@code source} into a new image of {@link DecodeOptions#decodedWidth(Image)} by
     * {@link DecodeOptions#decodedHeight(Image)} pixels: {@code TYPE_BYTE_GRAY} for GRAYSCALE,
     * BINARY (levels 0 and 255) and greyscale JPEGs, {@code TYPE_INT_ARGB} for ARGB8,
     * {@code TYPE_INT_RGB} for the other raw formats, {@code TYPE_3BYTE_BGR} for colour JPEGs
     * (the JDK's JPEG reader's type); a pure-Java JPEG or PNG decoder may return the type its
     * ImageIO plugin produces.
     *
     * @param source the frame to decode, in one of {@link #decodes()}
     * @param options how to decode: Bayer algorithm, parallelism, pixel budget
     * @return the frame's pixels
     * @throws dev.omvio.codec.CorruptImageException (an IOException) if the data cannot be decoded
     * @throws IllegalArgumentException if the format is not one of {@link #decodes()}
     */
    BufferedImage decode(Image source, DecodeOptions options) throws IOException;

    /**
     * Decodes {@code source} into a new frame of {@code target} (RGB565, GRAYSCALE, BINARY or any
     * other format a codec encodes): where a codec knows the camera's own conversion of its format
     * into the target (the firmware's {@code to_rgb565()}, {@code to_grayscale()},
     * {@code to_bitmap()}), the frame holds the values the camera would compute. The default
     * decodes with {@link #decode(Image, DecodeOptions)} and encodes the result with
     * {@link PixelCodecs#encoder(PixelFormat)} and {@link EncodeOptions#DEFAULT}.
     *
     * @param source the frame to decode, in one of {@link #decodes()}
     * @param target the pixel format of the new frame
     * @param options how to decode the source
     * @return the new frame
     * @throws dev.omvio.codec.CorruptImageException (an IOException) if the data cannot be decoded
     * @throws IllegalArgumentException if the source format is not one of {@link #decodes()}
     * @throws IllegalStateException if no codec encodes {@code target}
     */
    default Image convert(Image source, PixelFormat target, DecodeOptions options) throws IOException {
        return PixelCodecs.encoder(target).encode(decode(source, options), target, EncodeOptions.DEFAULT);
    }

    /**
     * Encodes {@code height} rows of {@code width} ARGB pixels into a new frame of {@code format}.
     *
     * @param argb the pixels, packed {@code 0xAARRGGBB}
     * @param offset the index in {@code argb} of the first row's first pixel
     * @param scanline the distance in {@code argb} from one row's start to the next
     * @param width the width in pixels
     * @param height the height in pixels
     * @param format the pixel format of the new frame, one of {@link #encodes()}
     * @param options the JPEG quality and chroma subsampling
     * @return the new frame
     * @throws IllegalArgumentException if the format is not one of {@link #encodes()}, a
     *     dimension is not positive or the array is too small
     */
    Image encode(int[] argb, int offset, int scanline, int width, int height, PixelFormat format, EncodeOptions options);

    /**
     * Encodes {@code image} into a new frame of {@code format}.
     *
     * @param image the picture to encode
     * @param format the pixel format of the new frame, one of {@link #encodes()}
     * @param options the JPEG quality and chroma subsampling
     * @return the new frame, of the picture's size
     * @throws IllegalArgumentException if the format is not one of {@link #encodes()}
     */
    Image encode(BufferedImage image, PixelFormat format, EncodeOptions options);
}
