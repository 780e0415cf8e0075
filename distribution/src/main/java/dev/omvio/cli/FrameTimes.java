package dev.omvio.cli;

import dev.omvio.stream.FrameInfo;

import java.util.Arrays;
import java.util.List;

/**
 * When each frame of a recording is shown, in microseconds since the first frame: the sum of
 * the intervals after it (the first frame's own interval is the time before recording started,
 * not part of the clip). Also the tick that videos of the clip run on.
 */
final class FrameTimes {
    /** The tick of a clip without any positive interval: 30 frames per second. */
    static final long DEFAULT_TICK_MICROS = 33_333;

    private final long[] times;
    private final long tick;

    private FrameTimes(long[] times, long tick) {
        this.times = times;
        this.tick = tick;
    }

    /** The times of {@code frames}, read one by one (a stream's {@code frameInfos()} view is not copied). */
    static FrameTimes of(List<FrameInfo> frames) {
        long[] times = new long[frames.size()];
        long[] positive = new long[Math.max(0, frames.size() - 1)];
        int positives = 0;
        for (int i = 1; i < times.length; i++) {
            long interval = frames.get(i).intervalMicros();
            times[i] = times[i - 1] + interval;
            if (interval > 0) {
                positive[positives++] = interval;
            }
        }
        return new FrameTimes(times, median(positive, positives));
    }

    /**
     * Microseconds from the first frame to each frame of {@code indices} (ascending), as
     * {@link #micros(int)} gives them, in one pass that keeps nothing per frame: for a few
     * frames of a very long clip.
     */
    static long[] micros(List<FrameInfo> frames, int[] indices) {
        long[] micros = new long[indices.length];
        long time = 0;
        int frame = 0;
        for (int k = 0; k < indices.length; k++) {
            for (; frame < indices[k]; frame++) {
                time += frames.get(frame + 1).intervalMicros();
            }
            micros[k] = time;
        }
        return micros;
    }

    /** Microseconds from the first frame to frame {@code index}. */
    long micros(int index) {
        return times[index];
    }

    /**
     * The typical interval, the median of the positive ones: a video tick that keeps the
     * recorded timing without a flood of held frames when a few intervals are very short.
     */
    long tickMicros() {
        return tick;
    }

    /** How long frame {@code index} is shown: until the next frame, the last one for one tick. */
    long shownMicros(int index) {
        return index + 1 < times.length ? times[index + 1] - times[index] : tick;
    }

    // Sorted in place: a long clip's intervals are not copied again.
    private static long median(long[] positive, int count) {
        if (count == 0) {
            return DEFAULT_TICK_MICROS;
        }
        Arrays.sort(positive, 0, count);
        return positive[(count - 1) / 2];
    }
}
