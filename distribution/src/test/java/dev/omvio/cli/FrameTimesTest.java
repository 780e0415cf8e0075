package dev.omvio.cli;

import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FrameTimesTest {
    private static List<FrameInfo> frames(long... intervals) {
        List<FrameInfo> frames = new ArrayList<>();
        for (int i = 0; i < intervals.length; i++) {
            frames.add(new FrameInfo(i, 16 + 32L * i, 1, 1, PixelFormat.GRAYSCALE, intervals[i], 1));
        }
        return frames;
    }

    @Test
    void timesStartAtTheFirstFrameAndTheTickIsTheMedianInterval() {
        FrameTimes times = FrameTimes.of(frames(5_000, 40_000, 120_000, 40_000, 0));

        assertThat(new long[] {times.micros(0), times.micros(1), times.micros(2), times.micros(3), times.micros(4)})
                .containsExactly(0, 40_000, 160_000, 200_000, 200_000);
        assertThat(times.tickMicros()).isEqualTo(40_000); // of 40, 40, 120; the 0 is left out
        assertThat(times.shownMicros(1)).isEqualTo(120_000);
        assertThat(times.shownMicros(4)).isEqualTo(40_000);
    }

    @Test
    void aClipWithoutPositiveIntervalsRunsAt30Fps() {
        assertThat(FrameTimes.of(frames(7)).tickMicros()).isEqualTo(33_333);
        assertThat(FrameTimes.of(frames(0, 0)).tickMicros()).isEqualTo(33_333);
    }

    @Property
    void eachTimeIsThePreviousPlusItsInterval(@ForAll @Size(min = 1, max = 50) List<@LongRange(max = 10_000_000) Long> intervals) {
        FrameTimes times = FrameTimes.of(frames(intervals.stream().mapToLong(Long::longValue).toArray()));

        assertThat(times.micros(0)).isZero();
        for (int i = 1; i < intervals.size(); i++) {
            assertThat(times.micros(i)).isEqualTo(times.micros(i - 1) + intervals.get(i));
            assertThat(times.shownMicros(i - 1)).isEqualTo(intervals.get(i));
        }
        assertThat(times.tickMicros()).isPositive();
    }

    @Property
    void timesOfAFewFramesAreThoseOfTheWholeClip(@ForAll @Size(min = 1, max = 50) List<@LongRange(max = 10_000_000) Long> intervals,
            @ForAll @Size(max = 10) List<@IntRange(max = 49) Integer> picks) {
        List<FrameInfo> frames = frames(intervals.stream().mapToLong(Long::longValue).toArray());
        int[] indices = picks.stream().mapToInt(pick -> pick % frames.size()).sorted().toArray();

        long[] micros = FrameTimes.micros(frames, indices);

        FrameTimes times = FrameTimes.of(frames);
        assertThat(micros).containsExactly(Arrays.stream(indices).mapToLong(times::micros).toArray());
    }
}
