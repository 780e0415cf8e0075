package dev.omvio.cli.media;

import dev.omvio.codec.CorruptImageException;
import dev.omvio.codec.DecodeOptions;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
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
 * Picture files in a folder: PNG, JPEG and BMP through the JDK's ImageIO, PGM and PPM through
 * {@link Netpbm}. A folder's pictures are taken in order of their names. The dimensions a
 * picture's header declares are checked against the pixel budget before its pixels are read.
 */
public final class ImageFiles {
    private static final Set<String> NETPBM = Set.of("pgm", "ppm");
    private static final Set<String> IMAGEIO = Set.of("png", "jpg", "jpeg", "bmp");

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
     * Reads {@code bytes}, the content of {@code file}, into pixels.
     *
     * @throws CorruptImageException if the header declares more pixels than the budget of
     *     {@code options}, checked before any pixel memory is allocated
     * @throws IOException if the bytes are no picture that can be read
     */
    public static BufferedImage read(Path file, byte[] bytes, DecodeOptions options) throws IOException {
        if (NETPBM.contains(extension(file))) {
            return Netpbm.read(bytes, options);
        }
        return withReader(bytes, (reader, formatName) -> {
            // getWidth and getHeight parse the header only: the declared size, not yet any pixels
            options.checkPixels(formatName + " header", reader.getWidth(0), reader.getHeight(0));
            return reader.read(0);
        });
    }

    /** The width and height stated in a PNG or JPEG file's header, without decoding its pixels. */
    public static Dimension size(Path file, byte[] bytes) throws IOException {
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
            try {
                reader.setInput(in, true, true);
                return step.apply(reader, reader.getFormatName().toUpperCase(Locale.ROOT));
            } finally {
                reader.dispose();
            }
        }
    }

    /** Whether the picture has no colour: a single grey band. */
    public static boolean isGrey(BufferedImage image) {
        return image.getColorModel().getNumColorComponents() == 1;
    }

    /** Whether {@code file}'s extension is that of a picture {@link #list} takes. */
    public static boolean isPicture(Path file) {
        String extension = extension(file);
        return NETPBM.contains(extension) || IMAGEIO.contains(extension);
    }
}
