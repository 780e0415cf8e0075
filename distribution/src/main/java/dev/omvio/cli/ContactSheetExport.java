package dev.omvio.cli;

import dev.omvio.cli.media.ContactSheet;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

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

    /** Writes the sheet of frames {@code range} (within the stream) to {@code png}; returns the thumbnails drawn. */
    int write(ImageStream stream, FrameRange range, Path png, boolean force) throws IOException {
        FrameTimes times = FrameTimes.of(stream.frameInfos());
        FrameInfo first = stream.frameInfo(range.first());
        int width = Math.min(thumbnailWidth, first.width());
        int height = (int) Math.max(1, ((long) first.height() * width + first.width() - 1) / first.width());
        ContactSheet sheet = new ContactSheet(columns, width, height);
        int count = Math.min(maxThumbnails, range.length());
        try (Progress progress = Progress.start("contact sheet", count)) {
            for (int k = 0; k < count; k++) {
                int index = count == 1 ? range.first() : range.first() + (int) ((long) k * (range.length() - 1) / (count - 1));
                sheet.add(FramePictures.decode(stream.readFrame(index)), label(index, times.micros(index)));
                progress.step();
            }
        }
        try (OutputStream out = OutputFiles.create(png, force)) {
            ImageIO.write(sheet.render(), "png", out);
        }
        return count;
    }

    /** {@code #12 0.400 s}. */
    static String label(int index, long micros) {
        return String.format(Locale.ROOT, "#%d %d.%03d s", index, micros / 1_000_000, micros / 1_000 % 1_000);
    }
}
