package dev.omvio.reliability;

import dev.omvio.stream.spi.FileStreamProvider;

import java.util.ServiceLoader;

/**
 * The file stream engine behind {@code ImageStreams}, looked up once: the sweeps open files
 * hundreds of thousands of times, and {@code ImageStreams} looks its engine up on every call.
 */
public final class FileEngine {
    private static final FileStreamProvider PROVIDER = ServiceLoader.load(FileStreamProvider.class)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no FileStreamProvider on the test class path"));

    private FileEngine() {
    }

    /** The engine. */
    public static FileStreamProvider get() {
        return PROVIDER;
    }
}
