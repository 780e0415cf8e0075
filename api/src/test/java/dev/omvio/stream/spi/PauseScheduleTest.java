package dev.omvio.stream.spi;

import dev.omvio.stream.ManualClock;
import org.junit.jupiter.api.Test;

import java.io.InterruptedIOException;

import static org.assertj.core.api.Assertions.assertThat;

class PauseScheduleTest {
    private static final long MS = 1_000_000;

    @Test
    void eachIntervalExtendsARunningSchedule() throws InterruptedIOException {
        ManualClock clock = new ManualClock(5 * MS);
        PauseSchedule schedule = new PauseSchedule(clock);

        schedule.await(40_000);      // due at 40 ms: sleeps 40
        clock.advance(10 * MS);      // the consumer works 10 ms
        schedule.await(40_000);      // due at 80 ms, now 50: sleeps 30
        clock.advance(100 * MS);     // a slow consumer: now 180
        schedule.await(40_000);      // due at 120, already passed: no sleep
        schedule.await(40_000);      // due at 160, still passed: no sleep
        schedule.await(40_000);      // due at 200, now 180: sleeps 20

        assertThat(clock.sleeps()).containsExactly(40 * MS, 30 * MS, 20 * MS);
    }

    @Test
    void restartingStartsTheScheduleFromNow() throws InterruptedIOException {
        ManualClock clock = new ManualClock(0);
        PauseSchedule schedule = new PauseSchedule(clock);
        clock.advance(500 * MS);

        schedule.restart();
        schedule.await(40_000);

        assertThat(clock.sleeps()).containsExactly(40 * MS);
    }
}
