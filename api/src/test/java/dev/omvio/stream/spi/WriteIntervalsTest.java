package dev.omvio.stream.spi;

import dev.omvio.stream.ManualClock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteIntervalsTest {
    @Test
    void theFirstIntervalCountsFromOpeningAndEachNextFromThePreviousWrite() {
        ManualClock clock = new ManualClock(1_000);
        WriteIntervals intervals = new WriteIntervals(clock);

        clock.advance(33_333_999);
        long first = intervals.next();
        clock.advance(1_000);
        long second = intervals.next();

        assertThat(first).isEqualTo(33_333);
        assertThat(second).isEqualTo(1);
    }

    @Test
    void thirtyFramesPerSecondByTheClockStoreAWholeSecondEveryThirtyFrames() {
        // Frame k at k * 1e9 / 30 ns. The firmware stores the difference of whole-ms tick counts:
        // times 33.3, 66.6, 100, 133.3, 166.6, 200 ms -> 33, 66, 100, 133, 166, 200 -> 33, 33, 34 ...
        ManualClock clock = new ManualClock(5_000_000_000L);
        WriteIntervals intervals = new WriteIntervals(clock, 1_000);
        List<Long> stored = new ArrayList<>();
        for (int k = 1; k <= 30; k++) {
            clock.advance(5_000_000_000L + k * 1_000_000_000L / 30 - clock.nanoTime());
            stored.add(intervals.next());
        }
        assertThat(stored).containsExactly(
                33L, 33L, 34L, 33L, 33L, 34L, 33L, 33L, 34L, 33L, 33L, 34L, 33L, 33L, 34L,
                33L, 33L, 34L, 33L, 33L, 34L, 33L, 33L, 34L, 33L, 33L, 34L, 33L, 33L, 34L);
        assertThat(stored.stream().mapToLong(Long::longValue).sum()).isEqualTo(1_000);
    }

    @Test
    void givenIntervalsAreStoredAsDifferencesOfTheTimesRoundedDown() {
        // 33,333 us three times: times 33.333, 66.666, 99.999 ms -> 33, 66, 99; a fourth 1 us
        // reaches 100.000 ms -> 100, the rounding made up at once.
        WriteIntervals intervals = new WriteIntervals(new ManualClock(0), 1_000);
        assertThat(List.of(intervals.next(33_333), intervals.next(33_333), intervals.next(33_333), intervals.next(1)))
                .containsExactly(33L, 33L, 33L, 1L);
        assertThat(intervals.next(Long.MAX_VALUE)).isEqualTo((Long.MAX_VALUE - 1_000) / 1_000);
    }

    @Test
    void aClockDatedFrameCountsFromTheLastWriteEvenIfItsIntervalWasGiven() {
        ManualClock clock = new ManualClock(0);
        WriteIntervals intervals = new WriteIntervals(clock, 1_000);
        clock.advance(10_400_000); // 10.4 ms
        assertThat(intervals.next(2_000)).isEqualTo(2); // given 2 ms: timeline at 2 ms
        clock.advance(5_700_000);
        // 5,700 us by the clock since that write (at 10,400 and 16,100 us) moves the timeline
        // from 2,000 to 7,700 us: 7 - 2 whole ms
        assertThat(intervals.next()).isEqualTo(5);
    }

    @Test
    void exactMicrosecondsKeepAnyInterval() {
        WriteIntervals intervals = new WriteIntervals(new ManualClock(0));
        assertThat(intervals.next(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(intervals.next(1)).isEqualTo(1);
        assertThatThrownBy(() -> new WriteIntervals(new ManualClock(0), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
