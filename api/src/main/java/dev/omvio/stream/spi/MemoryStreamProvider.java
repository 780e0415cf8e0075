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
     * @param width the width of every frame, in pixels
     * @param height the height of every frame, in pixels
     * @param format the pixel format every slot is sized for
     * @param slots how many frames the stream holds
     * @param clock the clock that dates written frames and times pauses
     * @return the new stream, positioned at slot 0
     * @throws IllegalArgumentException naming the value if a dimension or the slot count is not
     *     positive, or the store cannot be that large
     */
    ImageStream allocate(int width, int height, PixelFormat format, int slots, StreamClock clock);

    /** {@return rank among engines for the same job; the built-in engine has 0} */
    default int priority() {
        return 0;
    }
}
