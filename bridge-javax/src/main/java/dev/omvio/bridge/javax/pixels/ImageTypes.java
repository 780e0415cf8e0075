package dev.omvio.bridge.javax.pixels;

import javax.imageio.ImageTypeSpecifier;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The image types a decoded frame can be read into, by its number of bands: 8-bit samples in
 * the codecs' order (grey; red, green, blue; and alpha).
 */
public final class ImageTypes {
    private static final List<ImageTypeSpecifier> GREY = types(BufferedImage.TYPE_BYTE_GRAY);
    private static final List<ImageTypeSpecifier> GREY_ALPHA = List.of(
            ImageTypeSpecifier.createGrayscale(8, DataBuffer.TYPE_BYTE, false, false));
    private static final List<ImageTypeSpecifier> RGB = types(
            BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_BGR);
    private static final List<ImageTypeSpecifier> ARGB = types(
            BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_4BYTE_ABGR);

    private ImageTypes() {
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
        return Arrays.stream(bufferedImageTypes).mapToObj(ImageTypeSpecifier::createFromBufferedImageType).toList();
    }
}
