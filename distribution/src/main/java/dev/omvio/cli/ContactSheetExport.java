package dev.omvio.cli;

import dev.omvio.cli.media.ContactSheet;
import dev.omvio.image.Image;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A PNG contact sheet of a stream: thumbnails of frames spread evenly over a range, each
 * labelled {@code #<index> <time> s} with its time since the first frame.
 */
record ContactSheetExport(int columns, int thumbnailWidth, int maxThumbnails) {
    /** Five columns of thumbnails at most 160 pixels wide, 30 at most. */
    static final ContactSheetExport DEFAULT = new ContactSheetExport(5, 160, 30);

    /** @throws IllegalArgumentException naming the value if a setting is not positive */
    ContactSheetExport {
        if (columns <= 0 || thumbnailWidth <= 0 || maxThumbnails <= 0) {
            throw new IllegalArgumentException("columns, thumbnail width and thumbnail count must be positive, got "
                    + columns + ", " + thumbnailWidth + " and " + maxThumbnails);
        }
    }

    /**
     * Writes the sheet of frames {@code range} (within the stream) to {@code png}, one of
     * {@code outputs}; returns the thumbnails drawn.
     */
    int write(ImageStream stream, FrameDecoding decoding, FrameRange range, OutputFiles outputs, Path png)
            throws IOException {
        FrameInfo first = stream.frameInfo(range.first());
        int width = Math.min(thumbnailWidth, first.width());
        int height = (int) Math.max(1, ((long) first.height() * width + first.width() - 1) / first.width());
        ContactSheet sheet = new ContactSheet(columns, width, height);
        int count = Math.min(maxThumbnails, range.length());
        int[] indices = new int[count];
        for (int k = 0; k < count; k++) {
            indices[k] = count == 1 ? range.first() : range.first() + (int) ((long) k * (range.length() - 1) / (count - 1));
        }
        long[] micros = FrameTimes.micros(stream.frameInfos(), indices);
        int drawn = 0;
        try (Progress progress = Progress.start("contact sheet", count)) {
            for (int k = 0; k < count; k++) {
                int index = indices[k];
                Image frame = stream.readFrame(index);
                Optional<BufferedImage> picture = decoding.attempt(index, () -> FramePictures.decode(frame, decoding.options()));
                if (picture.isPresent()) {
                    sheet.add(picture.get(), label(index, micros[k]));
                    drawn++;
                }
                progress.step();
            }
        }
        decoding.requireDecoded(drawn);
        try (OutputFile output = outputs.create(png)) {
            try (OutputStream out = Files.newOutputStream(output.path())) {
                ImageIO.write(sheet.render(), "png", out);
            }
            output.commit();
        }
        return drawn;
    }

    /** {@code #12 0.400 s}. */
    static String label(int index, long micros) {
        return String.format(Locale.ROOT, "#%d %d.%03d s", index, micros / 1_000_000, micros / 1_000 % 1_000);
    }
}
