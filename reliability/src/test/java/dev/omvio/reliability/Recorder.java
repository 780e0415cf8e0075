package dev.omvio.reliability;

import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamInUseException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A recording process for the crash and concurrency tests: writes {@link FramePattern}
 * frames to a stream file, continuing at the file's frame count, and reports its progress on
 * standard output, one flushed line at a time: {@code started <count>} once the file is open,
 * {@code synced <count>} after each {@code sync()}, {@code done <count>} after closing. If another
 * writer has the file, it prints {@code refused <message>} and exits with code 2.
 *
 * <p>Arguments: file, mode ({@code w} or {@code a}), {@link FramePattern} name, frames to write,
 * frames between syncs, milliseconds to pause after each frame.
 */
public final class Recorder {
    private Recorder() {
    }

    /** Records as the arguments say (see above) until done or killed. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path file = Path.of(args[0]);
        FramePattern pattern = FramePattern.valueOf(args[2]);
        int frames = Integer.parseInt(args[3]);
        int syncEvery = Integer.parseInt(args[4]);
        long pauseMillis = Long.parseLong(args[5]);
        PrintStream out = System.out;
        int first;
        ImageStream opened;
        try {
            opened = ImageStreams.open(file, args[1]);
        } catch (StreamInUseException e) {
            out.println("refused " + e.getMessage());
            out.flush();
            System.exit(2);
            return;
        }
        try (ImageStream stream = opened) {
            first = stream.count();
            out.println("started " + first);
            out.flush();
            for (int index = first; index < first + frames; index++) {
                stream.write(pattern.frame(index), pattern.intervalMicros(index));
                if ((index + 1 - first) % syncEvery == 0) {
                    stream.sync();
                    out.println("synced " + (index + 1));
                    out.flush();
                }
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
            stream.sync();
            out.println("synced " + (first + frames));
        }
        out.println("done " + (first + frames));
        out.flush();
    }
}
