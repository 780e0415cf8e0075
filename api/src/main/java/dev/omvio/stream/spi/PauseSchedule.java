package dev.omvio.stream.spi;

import dev.omvio.stream.StreamClock;

import java.io.InterruptedIOException;

/**
 * The camera's pacing of {@code read(pause = true)}: a running schedule that each frame's
 * interval extends, and a wait until the clock has caught up with it. A consumer that falls
 * behind is not slowed further, since it never waits for time already passed.
 *
 * <p>For stream engines; not thread-safe, as the streams' positioned reads are not.
 */
public final class PauseSchedule {
    private final StreamClock clock;
    private long startNanos;
    private long scheduledNanos;

    /**
     * A schedule that starts now.
     *
     * @param clock the clock the schedule runs on
     */
    public PauseSchedule(StreamClock clock) {
        this.clock = clock;
        restart();
    }

    /** Starts the schedule again from now (a stream does this when it seeks). */
    public void restart() {
        startNanos = clock.nanoTime();
        scheduledNanos = 0;
    }

    /**
     * Adds {@code intervalMicros} to the schedule and waits until that much time has passed
     * since the start.
     *
     * @param intervalMicros the frame's interval, in microseconds
     * @throws InterruptedIOException if the thread is interrupted while waiting; its interrupt
     *     status is set again
     */
    public void await(long intervalMicros) throws InterruptedIOException {
        // Saturating: an absurd interval (memory streams store any long) waits "forever", not negatively.
        scheduledNanos = saturatedAdd(scheduledNanos, Math.min(intervalMicros, Long.MAX_VALUE / 1_000) * 1_000);
        long wait = scheduledNanos - (clock.nanoTime() - startNanos);
        if (wait > 0) {
            try {
                clock.sleepNanos(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while pausing for the frame interval");
            }
        }
    }

    /** {@return the clock time the last awaited frame was due: the start plus every interval so far} */
    public long dueNanos() {
        return saturatedAdd(startNanos, scheduledNanos);
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
