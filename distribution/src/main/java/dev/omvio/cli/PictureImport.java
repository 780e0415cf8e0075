package dev.omvio.cli;

import dev.omvio.cli.media.ImageFiles;
import dev.omvio.codec.ChromaSubsampling;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Pictures in a folder (every format {@link ImageFiles} reads, by name) as frames of a stream, one every
 * interval. A JPEG file packed as JPEG, or a PNG file as PNG, keeps its bytes once it has
 * decoded as {@code verify} decodes it; every other picture is encoded into the pixel format, by
 * default RGB565, or GRAYSCALE when the first picture is grey. Every picture's declared size is
 * held to the pixel budget before its pixels are read.
 */
final class PictureImport {
    private final PixelFormat format;
    private final long intervalMicros;
    private final EncodeOptions options;
    private final DecodeOptions decoding;

    /**
     * @param format the frames' pixel format, or null for the default
     * @param intervalMicros the time between frames
     * @param decoding how pictures are decoded, with the pixel budget
     * @throws IllegalArgumentException naming the value if the JPEG quality is not 1..100
     */
    PictureImport(PixelFormat format, long intervalMicros, int jpegQuality, DecodeOptions decoding) {
        this.format = format;
        this.intervalMicros = intervalMicros;
        this.options = new EncodeOptions(jpegQuality, ChromaSubsampling.S420);
        this.decoding = decoding;
    }

    /**
     * The pictures in {@code folder}, in order of their names.
     *
     * @throws BadInputException if it is not a folder or holds no picture
     */
    static List<Path> pictures(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            if (!Files.exists(folder)) {
                throw new NoSuchFileException(folder.toString());
            }
            throw new BadInputException(folder + ": not a folder");
        }
        List<Path> files = ImageFiles.list(folder);
        if (files.isEmpty()) {
            throw new BadInputException(folder + ": no pictures (" + String.join(", ", ImageFiles.EXTENSIONS) + ") in it");
        }
        return files;
    }

    /** Writes the pictures {@code files} to {@code out}; returns the number of frames. */
    int write(List<Path> files, StreamOutput out) throws IOException {
        PixelFormat chosen = format;
        try (Progress progress = Progress.start("pack", files.size())) {
            for (int index = 0; index < files.size(); index++) {
                Image frame = frame(files.get(index), chosen);
                chosen = frame.format(); // the first picture settles the default for all
                out.write(frame, (index + 1) * intervalMicros);
                progress.step();
            }
        }
        return files.size();
    }

    /** The picture in {@code file} as a frame of {@code target}, or of the default format when that is null. */
    private Image frame(Path file, PixelFormat target) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            if (keepsBytes(file, target)) {
                Dimension size = ImageFiles.size(bytes);
                return FramePictures.checked(Image.of(size.width, size.height, target, bytes), decoding);
            }
            BufferedImage picture = ImageFiles.read(bytes, decoding);
            boolean grey = ImageFiles.isGrey(picture);
            PixelFormat format = target != null ? target : grey ? PixelFormat.GRAYSCALE : PixelFormat.RGB565;
            JpegNotice.using(format);
            return PixelCodecs.encode(picture, format, grey ? options.withSubsampling(ChromaSubsampling.GRAY) : options);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    private static boolean keepsBytes(Path file, PixelFormat format) {
        return format == PixelFormat.JPEG && ImageFiles.isJpeg(file)
                || format == PixelFormat.PNG && ImageFiles.extension(file).equals("png");
    }
}
