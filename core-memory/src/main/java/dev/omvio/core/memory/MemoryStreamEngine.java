package dev.omvio.core.memory;

import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.StreamClock;
import dev.omvio.stream.spi.MemoryStreamProvider;

/** Placeholder until the engine lands. */
public final class MemoryStreamEngine implements MemoryStreamProvider {
    @Override
    public ImageStream allocate(int width, int height, PixelFormat format, int slots, StreamClock clock) {
        throw new UnsupportedOperationException("not yet");
    }
}
