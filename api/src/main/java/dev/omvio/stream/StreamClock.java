package dev.omvio.stream;

/**
 * The time source of a stream: it dates written frames (their interval is the time since the
 * previous write) and paces {@code read(..., pause = true)}. Inject one to test timing without
 * waiting; {@link #SYSTEM} is the real one.
 */
public interface StreamClock {
    /** {@return monotonic time in nanoseconds, as {@link System#nanoTime()}} */
    long nanoTime();

    /**
     * Waits for the given number of nanoseconds (or returns at once for a non-positive value).
     *
     * @param nanos how long to wait, in nanoseconds
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleepNanos(long nanos) throws InterruptedException;

    /** The system clock: {@link System#nanoTime()} and {@link Thread#sleep(long, int)}. */
    StreamClock SYSTEM = new StreamClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        }

        @Override
        public String toString() {
            return "StreamClock.SYSTEM";
        }
    };
}
