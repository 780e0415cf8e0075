package dev.omvio.cli;

import dev.omvio.image.Image;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A new stream file that frames are written to at given times, in place once
 * {@link #commit() committed} and gone if closed before. The stream stores each interval as
 * the difference of the times rounded down to its unit (whole milliseconds for version 2.0),
 * so the rounding never adds up and every frame stays within a millisecond of its time.
 */
final class StreamOutput implements Closeable {
    private final OutputFile file;
    private final ImageStream stream;
    private long previousMicros;
    private int frames;

    private StreamOutput(OutputFile file, ImageStream stream) {
        this.file = file;
        this.stream = stream;
    }

    /** Starts the stream file {@code file}, one of {@code outputs}. */
    static StreamOutput create(OutputFiles outputs, Path file) throws IOException {
        OutputFile output = outputs.create(file);
        try {
            return new StreamOutput(output, ImageStreams.open(output.path(), "w"));
        } catch (IOException | RuntimeException e) {
            try (output) {
                throw e;
            }
        }
    }

    /** Writes {@code image} shown {@code timeMicros} after the stream starts (times must not go back). */
    void write(Image image, long timeMicros) throws IOException {
        stream.write(image, Math.max(0, timeMicros - previousMicros));
        previousMicros = Math.max(previousMicros, timeMicros);
        frames++;
    }

    /** Frames written so far. */
    int frames() {
        return frames;
    }

    /** Finishes the file and moves it into place. */
    void commit() throws IOException {
        stream.close();
        file.commit();
    }

    /** Closes the stream; the file is deleted unless it was committed. */
    @Override
    public void close() throws IOException {
        try (file) {
            stream.close();
        }
    }
}
