package dev.omvio.stream.spi;

import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.StreamClock;

/** An engine for in-memory streams of fixed slots. When several are present the highest {@link #priority()} wins. */
public interface MemoryStreamProvider {
    /**
     * Allocates {@code slots} slots, each sized for one {@code width} x {@code height} frame of
     * {@code format}, once; the store never grows.
     *
     * @throws IllegalArgumentException naming the value if a dimension or the slot count is not
     *     positive, or the store cannot be that large
     */
    ImageStream allocate(int width, int height, PixelFormat format, int slots, StreamClock clock);

    /** Rank among engines for the same job; the built-in engine has 0. */
    default int priority() {
        return 0;
    }
}
