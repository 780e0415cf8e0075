package dev.omvio.codec;

import dev.omvio.api.internal.Deployment;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The entry point to pixel codecs: decodes frames into pixels and encodes pixels into frames,
 * with the best codec for each format.
 *
 * <p>Codecs come from {@link ServiceLoader} (the thread's context class loader and the API's
 * own loader) and from {@link #register(PixelCodec)}. For a format, the codec used is the
 * {@linkplain PixelCodec#isAvailable() available} one with the highest
 * {@linkplain PixelCodec#priority() priority}; on a tie a registered codec beats a loaded one,
 * and otherwise the earlier found wins. The service-loaded codecs are looked up once and kept.
 */
public final class PixelCodecs {
    private static final List<PixelCodec> REGISTERED = new CopyOnWriteArrayList<>();
    private static volatile List<PixelCodec> loaded;

    private PixelCodecs() {
    }

    /**
     * {@return the codec that decodes {@code format}}
     *
     * @param format the pixel format of the frames to decode
     * @throws IllegalStateException if no available codec decodes it
     */
    public static PixelCodec decoder(PixelFormat format) {
        return best(format, PixelCodec::decodes, "decodes");
    }

    /**
     * {@return the codec that encodes {@code format}}
     *
     * @param format the pixel format of the frames to make
     * @throws IllegalStateException if no available codec encodes it
     */
    public static PixelCodec encoder(PixelFormat format) {
        return best(format, PixelCodec::encodes, "encodes");
    }

    /** {@return every codec known, available or not, registered ones first} */
    public static List<PixelCodec> all() {
        return Stream.concat(REGISTERED.stream(), loaded().stream()).toList();
    }

    /**
     * Decodes {@code image} with {@link DecodeOptions#DEFAULT} into a new {@link BufferedImage}.
     *
     * @param image the frame to decode
     * @return the frame's pixels
     * @throws IOException (a {@link CorruptImageException}) if the data cannot be decoded
     */
    public static BufferedImage toBufferedImage(Image image) throws IOException {
        return toBufferedImage(image, DecodeOptions.DEFAULT);
    }

    /**
     * Decodes {@code image} into a new {@link BufferedImage}, as {@link PixelCodec#decode(Image, DecodeOptions)}.
     *
     * @param image the frame to decode
     * @param options how to decode: Bayer algorithm, parallelism, pixel budget
     * @return the frame's pixels
     * @throws IOException (a {@link CorruptImageException}) if the data cannot be decoded
     */
    public static BufferedImage toBufferedImage(Image image, DecodeOptions options) throws IOException {
        return decoder(image.format()).decode(image, options);
    }

    /**
     * Decodes {@code image} into the caller's pixels, as {@link PixelCodec#decode(Image, DecodeOptions, int[], int, int)}.
     *
     * @param image the frame to decode
     * @param options how to decode: Bayer algorithm, parallelism, pixel budget
     * @param argb where the pixels go, packed {@code 0xAARRGGBB}
     * @param offset the index in {@code argb} of the first row's first pixel
     * @param scanline the distance in {@code argb} from one row's start to the next
     * @throws IOException (a {@link CorruptImageException}) if the data cannot be decoded
     */
    public static void decode(Image image, DecodeOptions options, int[] argb, int offset, int scanline) throws IOException {
        decoder(image.format()).decode(image, options, argb, offset, scanline);
    }

    /**
     * Decodes {@code image} into a new frame of {@code target}, as
     * {@link PixelCodec#convert(Image, PixelFormat, DecodeOptions)}: for example the RGB565 or
     * GRAYSCALE values the camera's {@code to_rgb565()} or {@code to_grayscale()} gives for a
     * Bayer frame decoded with {@link BayerAlgorithm#CAMERA}.
     *
     * @param image the frame to decode
     * @param target the pixel format of the new frame
     * @param options how to decode: Bayer algorithm, parallelism, pixel budget
     * @return the new frame, of the same size as the decoded pixels
     * @throws IOException (a {@link CorruptImageException}) if the data cannot be decoded
     */
    public static Image convert(Image image, PixelFormat target, DecodeOptions options) throws IOException {
        return decoder(image.format()).convert(image, target, options);
    }

    /**
     * Encodes {@code image} into a frame of {@code format} with {@link EncodeOptions#DEFAULT}.
     *
     * @param image the picture to encode
     * @param format the pixel format of the new frame
     * @return the new frame, of the picture's size
     */
    public static Image encode(BufferedImage image, PixelFormat format) {
        return encode(image, format, EncodeOptions.DEFAULT);
    }

    /**
     * Encodes {@code image} into a frame of {@code format}.
     *
     * @param image the picture to encode
     * @param format the pixel format of the new frame
     * @param options the JPEG quality and chroma subsampling
     * @return the new frame, of the picture's size
     */
    public static Image encode(BufferedImage image, PixelFormat format, EncodeOptions options) {
        return encoder(format).encode(image, format, options);
    }

    /**
     * Makes a codec available where service loading does not reach it (an OSGi component
     * registers its codec this way when it activates).
     *
     * @param codec the codec, used beside those found by service loading
     */
    public static void register(PixelCodec codec) {
        REGISTERED.add(codec);
    }

    /**
     * Withdraws a codec given to {@link #register(PixelCodec)}.
     *
     * @param codec the codec registered before
     */
    public static void unregister(PixelCodec codec) {
        REGISTERED.remove(codec);
    }

    private static PixelCodec best(PixelFormat format, Function<PixelCodec, Set<PixelFormat>> formats, String verb) {
        PixelCodec best = null;
        for (PixelCodec codec : all()) { // strictly greater: the earlier found wins a tie
            if (codec.isAvailable() && formats.apply(codec).contains(format)
                    && (best == null || codec.priority() > best.priority())) {
                best = codec;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no codec " + verb + " " + format
                    + ": " + Deployment.current().advice("dev.omvio.codecs", "omvio-codecs"));
        }
        return best;
    }

    // The context loader sees codecs of an application on the class path; the API's own loader
    // sees those resolved beside it as modules. The same codec class seen twice counts once.
    private static List<PixelCodec> loaded() {
        List<PixelCodec> codecs = loaded;
        if (codecs == null) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            ClassLoader own = PixelCodecs.class.getClassLoader();
            Stream<ClassLoader> loaders = context == null || context == own ? Stream.of(own) : Stream.of(context, own);
            codecs = loaders.flatMap(loader -> ServiceLoader.load(PixelCodec.class, loader).stream())
                    .filter(distinctBy(provider -> provider.type().getName()))
                    .map(ServiceLoader.Provider::get)
                    .toList();
            loaded = codecs;
        }
        return codecs;
    }

    private static <T> Predicate<T> distinctBy(Function<T, String> key) {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        return element -> seen.add(key.apply(element));
    }
}
