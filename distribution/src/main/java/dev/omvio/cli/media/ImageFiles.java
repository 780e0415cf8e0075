package dev.omvio.cli.media;

import dev.omvio.codec.CorruptImageException;
import dev.omvio.codec.DecodeOptions;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Picture files in a folder, read through ImageIO: PNG and JPEG by the JDK's plugins; TIFF, BMP,
 * ICO, PNM/PAM, TGA, PCX, SGI and WebP by TwelveMonkeys' plugins, which the tool has on its
 * module path. A folder's pictures are taken in order of their names; a file holding several
 * images (TIFF, ICO) gives its first. The dimensions a picture's header declares are checked
 * against the pixel budget before its pixels are read, the same way for every format.
 */
public final class ImageFiles {
    /** The extensions {@link #list} takes, each read by whichever ImageIO reader knows the bytes. */
    public static final List<String> EXTENSIONS = List.of("png", "jpg", "jpeg", "bmp", "ico", "tif", "tiff",
            "pbm", "pgm", "ppm", "pnm", "pam", "tga", "pcx", "sgi", "rgb", "webp");
    private static final Set<String> PICTURES = Set.copyOf(EXTENSIONS);

    private ImageFiles() {
    }

    /** The picture files directly in {@code folder}, sorted by name; other files are ignored. */
    public static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> isPicture(file) && Files.isRegularFile(file))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
    }

    /** The lower-case extension of {@code file}'s name, or "" if it has none. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code file} has the extension of a JPEG file. */
    public static boolean isJpeg(Path file) {
        return extension(file).equals("jpg") || extension(file).equals("jpeg");
    }

    /**
     * Reads {@code bytes}, the content of a picture file, into pixels: its first image. A grey
     * picture of more than 8 bits a sample (a 16-bit PGM, say) comes as {@code TYPE_BYTE_GRAY},
     * its levels scaled to 0..255.
     *
     * @throws CorruptImageException if the header declares more pixels than the budget of
     *     {@code options}, checked before any pixel memory is allocated
     * @throws IOException if the bytes are no picture that can be read
     */
    public static BufferedImage read(byte[] bytes, DecodeOptions options) throws IOException {
        BufferedImage picture = withReader(bytes, (reader, formatName) -> {
            // getWidth and getHeight parse the header only: the declared size, not yet any pixels
            options.checkPixels(formatName + " header", reader.getWidth(0), reader.getHeight(0));
            return reader.read(0);
        });
        return isGrey(picture) && picture.getType() != BufferedImage.TYPE_BYTE_GRAY ? eightBitGrey(picture) : picture;
    }

    /** The width and height stated in a picture file's header, without decoding its pixels. */
    public static Dimension size(byte[] bytes) throws IOException {
        return withReader(bytes, (reader, formatName) -> new Dimension(reader.getWidth(0), reader.getHeight(0)));
    }

    private interface ReaderStep<T> {
        T apply(ImageReader reader, String formatName) throws IOException;
    }

    /** Runs {@code step} on the first ImageIO reader that takes {@code bytes}, with its input set. */
    private static <T> T withReader(byte[] bytes, ReaderStep<T> step) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not a picture ImageIO can read");
            }
            ImageReader reader = readers.next();
            String formatName = reader.getFormatName().toUpperCase(Locale.ROOT);
            try {
                reader.setInput(in, false, true); // TIFF and ICO readers seek back to their directories
                return step.apply(reader, formatName);
            } catch (RuntimeException e) { // a plugin's way of meeting bytes it did not expect
                throw new IOException("not a readable " + formatName + " picture: " + e, e);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Level for level, as camera grey is meant: no linear-to-sRGB conversion by Java 2D. */
    private static BufferedImage eightBitGrey(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Raster raster = picture.getRaster();
        int max = (1 << picture.getColorModel().getComponentSize(0)) - 1;
        int[] levels = new int[width];
        for (int y = 0; y < height; y++) {
            raster.getSamples(0, y, width, 1, 0, levels);
            for (int x = 0; x < width; x++) {
                levels[x] = levels[x] * 255 / max;
            }
            grey.getRaster().setSamples(0, y, width, 1, 0, levels);
        }
        return grey;
    }

    /** Whether the picture has no colour: a single grey band. */
    public static boolean isGrey(BufferedImage image) {
        return image.getColorModel().getNumColorComponents() == 1;
    }

    /** Whether {@code file}'s extension is that of a picture {@link #list} takes. */
    public static boolean isPicture(Path file) {
        return PICTURES.contains(extension(file));
    }
}
