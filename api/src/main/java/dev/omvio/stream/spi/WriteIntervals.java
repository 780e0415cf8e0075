package dev.omvio.stream.spi;

import dev.omvio.stream.StreamClock;

/**
 * Dates written frames as the camera does: each frame's interval is the time since the
 * previous write, and the first frame's is the time since the stream was opened.
 *
 * <p>For stream engines; not thread-safe, as the streams' writes are not.
 */
public final class WriteIntervals {
    private final StreamClock clock;
    private long lastNanos;

    /** Starts counting now, when the stream is opened. */
    public WriteIntervals(StreamClock clock) {
        this.clock = clock;
        this.lastNanos = clock.nanoTime();
    }

    /** The microseconds since the previous call (or since construction), and restarts the count. */
    public long next() {
        long now = clock.nanoTime();
        long micros = Math.max(0, (now - lastNanos) / 1_000);
        lastNanos = now;
        return micros;
    }
}
