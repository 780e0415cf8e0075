package dev.omvio.sensor.spi;

import dev.omvio.stream.StreamClock;

import java.io.InterruptedIOException;

/**
 * Paces a sensor that runs at a fixed frame rate: frame {@code k} is due {@code k * 10^9 / fps}
 * nanoseconds after the start, computed from the start each time (integer arithmetic, so 30 fps
 * stays exact over any number of frames instead of drifting). A caller that is late gets the
 * frame at once and is not slowed further. A new frame rate takes effect from the last frame
 * delivered.
 *
 * <p>For drivers; not thread-safe, as sensors belong to one thread.
 */
public final class FramePacer {
    private final StreamClock clock;
    private long epochNanos;
    private long framesSinceEpoch;
    private int framesPerSecond;
    private long lastDueNanos;
    private long delivered;

    /** A pacer whose first frame is due now. */
    public FramePacer(StreamClock clock, int framesPerSecond) {
        this.clock = clock;
        this.framesPerSecond = checkedRate(framesPerSecond);
        restart();
    }

    /** Starts again from now: the next frame is frame 0, due at once. */
    public void restart() {
        epochNanos = clock.nanoTime();
        lastDueNanos = epochNanos;
        framesSinceEpoch = 0;
        delivered = 0;
    }

    /**
     * Changes the frame rate: the next frame is due one new period after the last one delivered.
     *
     * @throws IllegalArgumentException naming the value if it is not positive
     */
    public void setFrameRate(int fps) {
        checkedRate(fps);
        if (fps != framesPerSecond) {
            framesPerSecond = fps;
            if (delivered > 0) {
                epochNanos = lastDueNanos;
                framesSinceEpoch = 1;
            }
        }
    }

    /**
     * Waits until the next frame is due.
     *
     * @return the frame's number since the start, from 0
     * @throws InterruptedIOException if interrupted while waiting; the interrupt status is set again
     */
    public long awaitNextFrame() throws InterruptedIOException {
        long due = epochNanos + framesSinceEpoch * 1_000_000_000L / framesPerSecond;
        long wait = due - clock.nanoTime();
        if (wait > 0) {
            try {
                clock.sleepNanos(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the next frame");
            }
        }
        lastDueNanos = due;
        framesSinceEpoch++;
        return delivered++;
    }

    /** The clock time at which the last frame delivered was due. */
    public long lastDueNanos() {
        return lastDueNanos;
    }

    private static int checkedRate(int fps) {
        if (fps <= 0) {
            throw new IllegalArgumentException("frame rate must be positive, got " + fps);
        }
        return fps;
    }
}
