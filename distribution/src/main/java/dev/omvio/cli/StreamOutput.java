package dev.omvio.cli;

import dev.omvio.image.Image;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A new stream file that frames are written to at given times. Version 2.0 files store whole
 * milliseconds, so intervals are taken between the times rounded down to milliseconds: the
 * truncation never adds up, and every frame stays within a millisecond of its time.
 */
final class StreamOutput implements Closeable {
    private final ImageStream stream;
    private long previousMillis;
    private int frames;

    private StreamOutput(ImageStream stream) {
        this.stream = stream;
    }

    /** Creates {@code file}, replacing an existing file only with {@code force}. */
    static StreamOutput create(Path file, boolean force) throws IOException {
        OutputFiles.checkWritable(file, force);
        return new StreamOutput(ImageStreams.open(file, "w"));
    }

    /** Writes {@code image} shown {@code timeMicros} after the stream starts (times must not go back). */
    void write(Image image, long timeMicros) throws IOException {
        long millis = timeMicros / 1_000;
        stream.write(image, Math.max(0, millis - previousMillis) * 1_000);
        previousMillis = Math.max(previousMillis, millis);
        frames++;
    }

    /** Frames written so far. */
    int frames() {
        return frames;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
