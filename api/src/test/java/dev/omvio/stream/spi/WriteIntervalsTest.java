package dev.omvio.stream.spi;

import dev.omvio.stream.ManualClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
}
