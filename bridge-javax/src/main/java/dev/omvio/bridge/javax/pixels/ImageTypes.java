package dev.omvio.bridge.javax.pixels;

import com.twelvemonkeys.imageio.util.ImageTypeSpecifiers;
import dev.omvio.image.PixelFormat;

import javax.imageio.ImageTypeSpecifier;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The image types a decoded frame can be read into, by its number of bands: 8-bit samples in
 * the codecs' order (grey; red, green, blue; and alpha); and for some pixel formats the type
 * that holds their samples without loss or padding (RGB565 into {@code USHORT_565_RGB},
 * GRAYSCALE into {@code USHORT_GRAY}, BINARY into {@code BYTE_BINARY}).
 */
public final class ImageTypes {
    private static final List<ImageTypeSpecifier> GREY = types(BufferedImage.TYPE_BYTE_GRAY);
    private static final List<ImageTypeSpecifier> GREY_ALPHA = List.of(
            ImageTypeSpecifier.createGrayscale(8, DataBuffer.TYPE_BYTE, false, false));
    private static final List<ImageTypeSpecifier> RGB = types(
            BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_BGR);
    private static final List<ImageTypeSpecifier> ARGB = types(
            BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_4BYTE_ABGR);

    private static final ImageTypeSpecifier RGB_565 = of(BufferedImage.TYPE_USHORT_565_RGB);
    private static final ImageTypeSpecifier GREY_16 = of(BufferedImage.TYPE_USHORT_GRAY);
    private static final ImageTypeSpecifier BITS = of(BufferedImage.TYPE_BYTE_BINARY);

    private ImageTypes() {
    }

    /**
     * The types for a frame of {@code format} read whole with all its bands: {@code types}
     * (those of its decoded bands), then the type natural to the format, if it has one.
     */
    public static List<ImageTypeSpecifier> withNatural(List<ImageTypeSpecifier> types, PixelFormat format) {
        ImageTypeSpecifier natural = naturalOf(format);
        return natural == null ? types : Stream.concat(types.stream(), Stream.of(natural)).toList();
    }

    /** Whether {@code type} is laid out as the type natural to {@code format} (none for most formats). */
    public static boolean isNatural(ImageTypeSpecifier type, PixelFormat format) {
        ImageTypeSpecifier natural = naturalOf(format);
        return natural != null && declares(List.of(natural), type);
    }

    private static ImageTypeSpecifier naturalOf(PixelFormat format) {
        return switch (format) {
            case RGB565 -> RGB_565;
            case GRAYSCALE -> GREY_16;
            case BINARY -> BITS;
            default -> null;
        };
    }

    /**
     * Whether {@code destination} is laid out as one of {@code types}, as
     * {@link #declares(List, ImageTypeSpecifier)} tells. A destination that matches none would
     * be filled with samples it does not understand, so the reader refuses it.
     */
    public static boolean declares(List<ImageTypeSpecifier> types, BufferedImage destination) {
        return declares(types, new ImageTypeSpecifier(destination.getColorModel(), destination.getSampleModel()));
    }

    /**
     * Whether {@code requested} holds pixels as one of {@code types} does: the same colour
     * space, sample sizes, alpha and premultiplication (the same palette for indexed colour)
     * and the same kind of sample model with the same bands in the same places. It may differ
     * in what does not change a pixel's value, such as the pixel size of a packed colour model
     * ({@code createFromBufferedImageType(TYPE_INT_RGB)} has 32-bit pixels, a
     * {@code TYPE_INT_RGB} image 24).
     */
    public static boolean declares(List<ImageTypeSpecifier> types, ImageTypeSpecifier requested) {
        return types.stream().anyMatch(type -> sameLayout(type, requested));
    }

    private static boolean sameLayout(ImageTypeSpecifier type, ImageTypeSpecifier requested) {
        SampleModel expected = type.getSampleModel();
        SampleModel actual = requested.getSampleModel();
        return sameColours(type.getColorModel(), requested.getColorModel())
                && expected.getClass() == actual.getClass()
                && expected.getDataType() == actual.getDataType()
                && expected.getNumBands() == actual.getNumBands()
                && Arrays.equals(expected.getSampleSize(), actual.getSampleSize())
                && Arrays.equals(bandOrder(expected), bandOrder(actual));
    }

    private static boolean sameColours(ColorModel expected, ColorModel actual) {
        if (expected instanceof IndexColorModel || actual instanceof IndexColorModel) {
            return expected.equals(actual);
        }
        return expected.getClass() == actual.getClass()
                && expected.getColorSpace().equals(actual.getColorSpace())
                && expected.hasAlpha() == actual.hasAlpha()
                && expected.isAlphaPremultiplied() == actual.isAlphaPremultiplied()
                && expected.getTransferType() == actual.getTransferType()
                && Arrays.equals(expected.getComponentSize(), actual.getComponentSize());
    }

    // Where each band sits in a pixel: masks of packed models, offsets of component models.
    private static int[] bandOrder(SampleModel model) {
        if (model instanceof SinglePixelPackedSampleModel packed) {
            return packed.getBitMasks();
        }
        if (model instanceof ComponentSampleModel component) {
            return component.getBandOffsets();
        }
        return new int[0];
    }

    /**
     * The types for frames decoded into {@code bands} bands (1 to 4; two bands are grey and alpha, as a band selection may leave).
     *
     * @throws IllegalArgumentException for any other number
     */
    public static List<ImageTypeSpecifier> forBands(int bands) {
        return switch (bands) {
            case 1 -> GREY;
            case 2 -> GREY_ALPHA;
            case 3 -> RGB;
            case 4 -> ARGB;
            default -> throw new IllegalArgumentException("no image types for " + bands + " bands");
        };
    }

    /**
     * Every type of 1 to 4 bands: what a read that selects source or destination bands may fill,
     * sample by sample.
     */
    public static List<ImageTypeSpecifier> forAnyBands() {
        return Stream.of(GREY, GREY_ALPHA, RGB, ARGB).flatMap(List::stream).toList();
    }

    /**
     * The types for a decoded image: those for its number of bands with its own type first, so
     * that reading with the defaults returns the decoded image as it is.
     */
    public static List<ImageTypeSpecifier> forDecoded(BufferedImage decoded) {
        List<ImageTypeSpecifier> types = forBands(decoded.getRaster().getNumBands());
        List<ImageTypeSpecifier> own = types.stream().filter(type -> type.getBufferedImageType() == decoded.getType()).toList();
        if (own.isEmpty() || own.get(0) == types.get(0)) {
            return types;
        }
        return Stream.concat(own.stream(), types.stream().filter(type -> !own.contains(type))).toList();
    }

    private static List<ImageTypeSpecifier> types(int... bufferedImageTypes) {
        return Arrays.stream(bufferedImageTypes).mapToObj(ImageTypes::of).toList();
    }

    // TwelveMonkeys' specifiers have exactly the layout of a new BufferedImage of the type, so the
    // default read's colour model is the raw image type's: the JDK's createFromBufferedImageType
    // gives TYPE_INT_RGB and TYPE_INT_BGR 32-bit pixels where such an image has 24.
    private static ImageTypeSpecifier of(int bufferedImageType) {
        return ImageTypeSpecifiers.createFromBufferedImageType(bufferedImageType);
    }

    /** Whether {@code image} has exactly the colour model of {@code type} and its layout. */
    public static boolean isExactly(ImageTypeSpecifier type, BufferedImage image) {
        return type.getColorModel().equals(image.getColorModel()) && declares(List.of(type), image);
    }
}
