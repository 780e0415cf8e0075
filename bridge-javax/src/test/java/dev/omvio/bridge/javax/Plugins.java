package dev.omvio.bridge.javax;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/** Readers and writers as applications get them: from ImageIO by format name. */
final class Plugins {
    private Plugins() {
    }

    static OpenMvImageReader reader() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("openmv");
        return (OpenMvImageReader) readers.next();
    }

    static OpenMvImageWriter writer() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("openmv");
        return (OpenMvImageWriter) writers.next();
    }

    /** A reader on {@code bytes} through an image input stream that caches in memory. */
    static OpenMvImageReader readerOf(byte[] bytes) {
        OpenMvImageReader reader = reader();
        reader.setInput(input(bytes));
        return reader;
    }

    static ImageInputStream input(byte[] bytes) {
        return new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
    }

    /** Frame 0 of {@code bytes}, read with the default parameters. */
    static BufferedImage readFirst(byte[] bytes) throws IOException {
        return readerOf(bytes).read(0);
    }

    /** The pixel at (x, y) as 0xRRGGBB, alpha dropped. */
    static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    /** The sample of band 0 at (x, y), for grey images (getRGB would apply Java2D's gamma curve). */
    static int grey(BufferedImage image, int x, int y) {
        return image.getRaster().getSample(x, y, 0);
    }
}
