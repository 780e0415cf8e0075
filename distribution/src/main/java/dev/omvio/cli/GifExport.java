package dev.omvio.cli;

import dev.omvio.cli.media.GifWriter;
import dev.omvio.stream.ImageStream;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A stream as an animated GIF that loops: each frame shown until the next one's recorded time,
 * the last for one tick. Delays are rounded to GIF's hundredths of a second from the frames'
 * times, so the rounding never adds up.
 */
final class GifExport {
    private GifExport() {
    }

    /** Writes every frame of {@code stream} to {@code gif}; returns the number of frames. */
    static int write(ImageStream stream, Path gif, boolean force) throws IOException {
        FrameTimes times = FrameTimes.of(stream.frameInfos());
        stream.seek(0);
        try (GifWriter writer = new GifWriter(OutputFiles.create(gif, force));
             Progress progress = Progress.start("gif", stream.count())) {
            for (int index = 0; index < stream.count(); index++) {
                long shownFrom = centis(times.micros(index));
                long shownUntil = centis(times.micros(index) + times.shownMicros(index));
                writer.write(FramePictures.decode(stream.read(true, false, false).orElseThrow()),
                        (int) Math.min(0xFFFF, shownUntil - shownFrom));
                progress.step();
            }
        }
        return stream.count();
    }

    private static long centis(long micros) {
        return Math.round(micros / 10_000.0);
    }
}
