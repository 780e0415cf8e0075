package dev.omvio.sensors.spi;

import dev.omvio.sensor.spi.FramePacer;
import dev.omvio.stream.ManualClock;
import dev.omvio.stream.StreamClock;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InterruptedIOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FramePacerTest {
    @Test
    void thirtyFramesPerSecondSleepsExactlyToEachDueTime() throws IOException {
        ManualClock clock = new ManualClock(1_000);
        FramePacer pacer = new FramePacer(clock, 30);
        for (int frame = 0; frame < 4; frame++) {
            assertThat(pacer.awaitNextFrame()).isEqualTo(frame);
        }
        // due at 0, 33333333, 66666666 and 100000000 ns after the start: no drift
        assertThat(clock.sleeps()).containsExactly(33_333_333L, 33_333_333L, 33_333_334L);
        assertThat(clock.nanoTime()).isEqualTo(1_000 + 100_000_000L);
    }

    @Test
    void aLateCallerMissesTheFramesWhoseTimeHasPassedAndGetsTheNextOnTime() throws IOException {
        // As a camera's snapshot(): frames 1 and 2 (due at 100 and 200 ms) passed while the
        // caller was away; it waits for frame 3 at 300 ms, and the two are counted as missed.
        ManualClock clock = new ManualClock(0);
        FramePacer pacer = new FramePacer(clock, 10);
        assertThat(pacer.awaitNextFrame()).isZero();
        clock.advance(250_000_000L);
        assertThat(pacer.awaitNextFrame()).isEqualTo(3);
        assertThat(pacer.lastDueNanos()).isEqualTo(300_000_000L);
        assertThat(pacer.awaitNextFrame()).isEqualTo(4);
        assertThat(clock.sleeps()).containsExactly(50_000_000L, 100_000_000L);
        assertThat(pacer.missedFrames()).isEqualTo(2);
    }

    @Test
    void aCallerLateByLessThanAPeriodStillNeverGetsTwoFramesWithinOnePeriod() throws IOException {
        // 30 fps: frame 1 is due at 33,333,333 ns. A caller at 33,333,334 ns has missed it and
        // waits for frame 2 at 66,666,666 ns; one exactly on time gets the frame at once.
        ManualClock clock = new ManualClock(0);
        FramePacer pacer = new FramePacer(clock, 30);
        pacer.awaitNextFrame();
        clock.advance(33_333_334L);
        assertThat(pacer.awaitNextFrame()).isEqualTo(2);
        assertThat(pacer.lastDueNanos()).isEqualTo(66_666_666L);
        clock.advance(33_333_334L); // exactly frame 3's time, 100,000,000 ns
        assertThat(pacer.awaitNextFrame()).isEqualTo(3);
        assertThat(clock.sleeps()).containsExactly(33_333_332L);
        assertThat(pacer.missedFrames()).isEqualTo(1);
    }

    @Test
    void theFirstFrameIsDueAtTheFirstCallNotAtConstruction() throws IOException {
        ManualClock clock = new ManualClock(0);
        FramePacer pacer = new FramePacer(clock, 10);
        clock.advance(1_000_000_000L); // the caller sets up for a second: nothing is missed yet
        assertThat(pacer.awaitNextFrame()).isZero();
        assertThat(pacer.lastDueNanos()).isEqualTo(1_000_000_000L);
        assertThat(pacer.missedFrames()).isZero();
        pacer.awaitNextFrame();
        assertThat(pacer.lastDueNanos()).isEqualTo(1_100_000_000L);
    }

    @Test
    void aNewRateCountsFromTheLastFrame() throws IOException {
        ManualClock clock = new ManualClock(0);
        FramePacer pacer = new FramePacer(clock, 10);
        pacer.awaitNextFrame();
        pacer.awaitNextFrame(); // due at 100 ms
        pacer.setFrameRate(4);
        pacer.awaitNextFrame(); // due at 350 ms
        pacer.awaitNextFrame(); // due at 600 ms
        assertThat(clock.sleeps()).containsExactly(100_000_000L, 250_000_000L, 250_000_000L);
        assertThat(pacer.lastDueNanos()).isEqualTo(600_000_000L);
    }

    @Test
    void restartMakesTheNextFrameDueAtOnce() throws IOException {
        ManualClock clock = new ManualClock(0);
        FramePacer pacer = new FramePacer(clock, 25);
        pacer.awaitNextFrame();
        pacer.awaitNextFrame();
        clock.advance(500_000_000L);
        pacer.awaitNextFrame(); // at 540 ms: frames 2..13 (80..520 ms) missed, frame 14 at 560 ms
        assertThat(pacer.missedFrames()).isEqualTo(12);
        pacer.restart();
        assertThat(pacer.awaitNextFrame()).isZero();
        assertThat(pacer.missedFrames()).isZero();
        assertThat(clock.sleeps()).containsExactly(40_000_000L, 20_000_000L);
    }

    @Test
    void anInterruptedWaitIsAnInterruptedIoExceptionKeepingTheInterrupt() throws IOException {
        StreamClock interrupted = new StreamClock() {
            @Override
            public long nanoTime() {
                return 0;
            }

            @Override
            public void sleepNanos(long nanos) throws InterruptedException {
                throw new InterruptedException();
            }
        };
        FramePacer pacer = new FramePacer(interrupted, 30);
        pacer.awaitNextFrame(); // due at once: no wait
        try {
            assertThatThrownBy(pacer::awaitNextFrame).isInstanceOf(InterruptedIOException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void refusesRatesBelowOne() {
        ManualClock clock = new ManualClock(0);
        assertThatThrownBy(() -> new FramePacer(clock, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
        assertThatThrownBy(() -> new FramePacer(clock, 5).setFrameRate(-3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3");
    }

    @Property(tries = 50)
    void frameNIsDueAtExactlyNSecondsOverFps(@ForAll @IntRange(min = 1, max = 240) int fps,
                                              @ForAll @IntRange(min = 1, max = 2000) int frames) throws IOException {
        ManualClock clock = new ManualClock(0);
        FramePacer pacer = new FramePacer(clock, fps);
        for (int i = 0; i <= frames; i++) {
            pacer.awaitNextFrame();
        }
        assertThat(clock.nanoTime()).isEqualTo(frames * 1_000_000_000L / fps);
        assertThat(clock.sleeps()).allSatisfy(sleep ->
                assertThat(sleep).isBetween(1_000_000_000L / fps, 1_000_000_000L / fps + 1));
    }
}
