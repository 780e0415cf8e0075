package dev.omvio.cli;

import dev.omvio.cli.media.GifWriter;
import dev.omvio.image.Image;
import dev.omvio.stream.ImageStream;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A stream as an animated GIF that loops: each frame shown until the next one's recorded time
 * (a skipped frame's time included), the last for one tick. Delays are rounded to GIF's
 * hundredths of a second from the frames' times, so the rounding never adds up.
 */
final class GifExport {
    private GifExport() {
    }

    /** Writes the frames of {@code stream} to {@code gif}, one of {@code outputs}; returns the number written. */
    static int write(ImageStream stream, FrameDecoding decoding, OutputFiles outputs, Path gif) throws IOException {
        FrameTimes times = FrameTimes.of(stream.frameInfos());
        stream.seek(0);
        int written = 0;
        try (OutputFile output = outputs.create(gif)) {
            try (OutputStream file = Files.newOutputStream(output.path());
                 GifWriter writer = new GifWriter(file);
                 Progress progress = Progress.start("gif", stream.count())) {
                // A picture is written once the next one's time is known: a skipped frame lengthens it.
                BufferedImage shown = null;
                long shownFrom = 0;
                for (int index = 0; index < stream.count(); index++) {
                    Image frame = stream.read(true, false, false).orElseThrow();
                    Optional<BufferedImage> picture = decoding.attempt(index, () -> FramePictures.decode(frame, decoding.options()));
                    if (picture.isPresent()) {
                        long from = centis(times.micros(index));
                        if (shown != null) {
                            writer.write(shown, delay(shownFrom, from));
                            written++;
                        }
                        shown = picture.get();
                        shownFrom = from;
                    }
                    progress.step();
                }
                decoding.requireDecoded(shown == null ? 0 : 1);
                int last = stream.count() - 1;
                writer.write(shown, delay(shownFrom, centis(times.micros(last) + times.shownMicros(last))));
                written++;
            }
            output.commit();
        }
        return written;
    }

    private static int delay(long fromCentis, long untilCentis) {
        return (int) Math.min(0xFFFF, untilCentis - fromCentis);
    }

    private static long centis(long micros) {
        return Math.round(micros / 10_000.0);
    }
}
