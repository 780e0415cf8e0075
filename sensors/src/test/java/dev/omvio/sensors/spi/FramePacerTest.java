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
    void aLateCallerIsNotSlowedFurther() throws IOException {
        ManualClock clock = new ManualClock(0);
        FramePacer pacer = new FramePacer(clock, 10);
        pacer.awaitNextFrame();
        clock.advance(250_000_000L); // frames 1 and 2 are overdue
        pacer.awaitNextFrame();
        pacer.awaitNextFrame();
        pacer.awaitNextFrame(); // frame 3, due at 300 ms
        assertThat(clock.sleeps()).containsExactly(50_000_000L);
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
        pacer.restart();
        assertThat(pacer.awaitNextFrame()).isZero();
        assertThat(clock.sleeps()).containsExactly(40_000_000L);
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
