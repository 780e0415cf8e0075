package dev.omvio.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link StreamClock} that only moves when told: {@link #advance(long)} moves it, and a
 * {@link #sleepNanos(long) sleep} moves it by the time asked for, at once, and records it. For
 * testing code that paces or dates frames without waiting, and for simulated time, such as a
 * synthetic sensor's recording made faster than real time.
 *
 * <p>Thread-safe.
 */
public final class ManualClock implements StreamClock {
    private long now;
    private final List<Long> sleeps = new ArrayList<>();

    /**
     * A clock standing at {@code startNanos}.
     *
     * @param startNanos the time the clock shows first, in nanoseconds
     */
    public ManualClock(long startNanos) {
        this.now = startNanos;
    }

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    /** Moves the clock forward by {@code nanos} and records the sleep; a non-positive value does nothing. */
    @Override
    public synchronized void sleepNanos(long nanos) {
        if (nanos > 0) {
            sleeps.add(nanos);
            now += nanos;
        }
    }

    /**
     * Moves the clock forward by {@code nanos}, as time passing outside any sleep.
     *
     * @param nanos how far to move, in nanoseconds
     */
    public synchronized void advance(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a clock cannot go back: " + nanos + " ns");
        }
        now += nanos;
    }

    /** {@return the sleeps asked for so far, in nanoseconds, oldest first} */
    public synchronized List<Long> sleeps() {
        return List.copyOf(sleeps);
    }
}
