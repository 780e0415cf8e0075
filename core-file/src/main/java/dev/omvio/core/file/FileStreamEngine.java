package dev.omvio.core.file;

import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.StreamClock;
import dev.omvio.stream.StreamMode;
import dev.omvio.stream.spi.FileStreamProvider;

import java.nio.file.Path;
import java.util.Optional;

/** Placeholder until the engine lands. */
public final class FileStreamEngine implements FileStreamProvider {
    @Override
    public ImageStream open(Path path, StreamMode mode, StreamClock clock) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<DamagedTail> repair(Path path) {
        throw new UnsupportedOperationException("not yet");
    }
}
