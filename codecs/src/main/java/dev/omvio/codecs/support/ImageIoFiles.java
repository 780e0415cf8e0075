package dev.omvio.codecs.support;

import dev.omvio.codec.CorruptImageException;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.image.Image;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads and writes compressed frames with the JDK's {@code javax.imageio} plugins, guarding the
 * read: the file header's dimensions must match the frame's and stay within the pixel budget
 * before any pixel memory is allocated, and the plugin's warnings (a truncated file) and
 * unchecked failures become {@link CorruptImageException}s.
 */
public final class ImageIoFiles {
    private ImageIoFiles() {
    }

    /**
     * Decodes the compressed frame {@code source} with the ImageIO reader for {@code formatName}.
     *
     * @throws CorruptImageException if the data cannot be decoded, or its dimensions differ
     *     from the frame's or exceed the pixel budget of {@code options}
     */
    public static BufferedImage read(Image source, String formatName, DecodeOptions options, long maxPixelsPerByte)
            throws IOException {
        FrameBytes bytes = FrameBytes.of(source);
        ImageReader reader = ImageIO.getImageReadersByFormatName(formatName).next();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((ignored, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(
                new ByteArrayInputStream(bytes.array(), bytes.base(), source.dataSize()))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            Checks.sameDimensions(source, formatName, width, height);
            Checks.compressedSize(source, source.format().name(), maxPixelsPerByte);
            options.checkPixels(source.format() + " header", width, height);
            BufferedImage image = reader.read(0);
            if (!warnings.isEmpty()) {
                throw new CorruptImageException(formatName + " data is damaged: " + String.join("; ", warnings));
            }
            return image;
        } catch (CorruptImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new CorruptImageException(formatName + " data cannot be decoded: " + e.getMessage(), e);
        } finally {
            reader.dispose();
        }
    }

    /** Encodes {@code image} with {@code writer}, which it disposes; {@code param} and {@code metadata} may be null. */
    public static byte[] write(BufferedImage image, ImageWriter writer, ImageWriteParam param, IIOMetadata metadata) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException("ImageIO could not encode " + image.getWidth() + "x" + image.getHeight(), e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The first ImageIO writer for {@code formatName}. */
    public static ImageWriter writer(String formatName) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(formatName);
        return writers.next();
    }
}
