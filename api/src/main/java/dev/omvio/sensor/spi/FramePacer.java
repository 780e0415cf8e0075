package dev.omvio.sensor.spi;

import dev.omvio.stream.StreamClock;

import java.io.InterruptedIOException;

/**
 * Paces a sensor that runs at a fixed frame rate, as a camera's sensor does: frame {@code k} is
 * due {@code k * 10^9 / fps} nanoseconds after the first frame, computed from that start each
 * time (integer arithmetic, so 30 fps stays exact over any number of frames instead of
 * drifting). The first frame is due at once, at the first call after construction or
 * {@link #restart()}.
 *
 * <p>A caller that is late misses the frames whose time has passed, as with a camera's
 * {@code snapshot()}, which waits for the next frame and drops the ones nobody took: it waits
 * for the next frame due at or after now, and the frames skipped are counted
 * ({@link #missedFrames()}). So delivered frames are never closer than one frame period on the
 * sensor's schedule, however late the caller was. A new frame rate takes effect from the last
 * frame delivered.
 *
 * <p>For drivers; not thread-safe, as sensors belong to one thread.
 */
public final class FramePacer {
    private final StreamClock clock;
    private boolean started;
    private long epochNanos;
    private long framesSinceEpoch;
    private int framesPerSecond;
    private long lastDueNanos;
    private long sequence;
    private long missed;

    /**
     * A pacer whose first frame is due at the first {@link #awaitNextFrame()}.
     *
     * @param clock the clock frames are paced by
     * @param framesPerSecond the frame rate, positive
     */
    public FramePacer(StreamClock clock, int framesPerSecond) {
        this.clock = clock;
        this.framesPerSecond = checkedRate(framesPerSecond);
        restart();
    }

    /** Starts again: the next frame is frame 0, due at once; the missed count restarts at 0. */
    public void restart() {
        started = false;
        lastDueNanos = clock.nanoTime();
        framesSinceEpoch = 0;
        sequence = 0;
        missed = 0;
    }

    /**
     * Changes the frame rate: the next frame is due one new period after the last one delivered.
     *
     * @param fps the new frame rate, frames per second
     * @throws IllegalArgumentException naming the value if it is not positive
     */
    public void setFrameRate(int fps) {
        checkedRate(fps);
        if (fps != framesPerSecond) {
            framesPerSecond = fps;
            if (started) {
                epochNanos = lastDueNanos;
                framesSinceEpoch = 1;
            }
        }
    }

    /**
     * Waits until the next frame is due; a late caller waits for the first frame due at or
     * after now, and the frames it skips count as missed.
     *
     * @return the frame's number since the start, from 0, counting the frames missed
     * @throws InterruptedIOException if interrupted while waiting; the interrupt status is set again
     */
    public long awaitNextFrame() throws InterruptedIOException {
        long now = clock.nanoTime();
        if (!started) {
            started = true;
            epochNanos = now;
        }
        long frame = Math.max(framesSinceEpoch, firstFrameDueAtOrAfter(now - epochNanos));
        long skipped = frame - framesSinceEpoch;
        long due = epochNanos + frame * 1_000_000_000L / framesPerSecond;
        long wait = due - now;
        if (wait > 0) {
            try {
                clock.sleepNanos(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the next frame");
            }
        }
        missed += skipped;
        sequence += skipped;
        lastDueNanos = due;
        framesSinceEpoch = frame + 1;
        return sequence++;
    }

    /** {@return the clock time at which the last frame delivered was due: when the sensor took it} */
    public long lastDueNanos() {
        return lastDueNanos;
    }

    /** {@return frames skipped because the caller came after their time, since construction or {@link #restart()}} */
    public long missedFrames() {
        return missed;
    }

    // The smallest k with floor(k * 10^9 / fps) >= elapsed, that is k = ceil(elapsed * fps / 10^9),
    // computed in two parts so that the product cannot overflow.
    private long firstFrameDueAtOrAfter(long elapsedNanos) {
        if (elapsedNanos <= 0) {
            return 0;
        }
        long seconds = elapsedNanos / 1_000_000_000L;
        long rest = elapsedNanos % 1_000_000_000L;
        return seconds * framesPerSecond + (rest * framesPerSecond + 999_999_999L) / 1_000_000_000L;
    }

    private static int checkedRate(int fps) {
        if (fps <= 0) {
            throw new IllegalArgumentException("frame rate must be positive, got " + fps);
        }
        return fps;
    }
}
