package dev.omvio.core.memory;

import dev.omvio.stream.ManualClock;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamClock;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InterruptedIOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** read(pause = true) follows a running schedule of the recorded intervals, timed by a fake clock. */
class PauseTest {
    private static final long[] INTERVALS_MICROS = {1000, 2500, 0, 4000};

    private final ManualClock clock = new ManualClock(1_000_000_000L);

    private ImageStream recording() throws IOException {
        ImageStream stream = ImageStreams.allocate(1, 1, PixelFormat.GRAYSCALE, INTERVALS_MICROS.length, clock);
        for (long interval : INTERVALS_MICROS) {
            stream.write(Image.blank(1, 1, PixelFormat.GRAYSCALE), interval);
        }
        return stream.seek(0);
    }

    @Test
    void eachReadWaitsForItsFrameInterval() throws IOException {
        try (ImageStream stream = recording()) {
            for (int i = 0; i < INTERVALS_MICROS.length; i++) {
                stream.read(true, false, true);
            }
            // schedule 1 ms, 3.5 ms, 3.5 ms (already reached: no sleep), 7.5 ms
            assertThat(clock.sleeps()).containsExactly(1_000_000L, 2_500_000L, 4_000_000L);
        }
    }

    @Test
    void aSlowConsumerIsNotSlowedFurther() throws IOException {
        try (ImageStream stream = recording()) {
            clock.advance(5_000_000);
            for (int i = 0; i < INTERVALS_MICROS.length; i++) {
                stream.read(false, false, true);
            }
            // 5 ms have passed: frames due at 1, 3.5 and 3.5 ms come at once; the last is due at 7.5 ms
            assertThat(clock.sleeps()).containsExactly(2_500_000L);
        }
    }

    @Test
    void seekRestartsTheSchedule() throws IOException {
        try (ImageStream stream = recording()) {
            stream.read(false, false, true);
            stream.read(false, false, true);
            clock.advance(10_000_000);
            stream.seek(1);
            stream.read(false, false, true);
            // without the restart, frame 1 would be due at 6 ms of 13.5 ms passed: no wait
            assertThat(clock.sleeps()).containsExactly(1_000_000L, 2_500_000L, 2_500_000L);
        }
    }

    @Test
    void withoutPauseNothingWaits() throws IOException {
        try (ImageStream stream = recording()) {
            for (int i = 0; i < INTERVALS_MICROS.length; i++) {
                stream.read(true, false, false);
            }
            assertThat(clock.sleeps()).isEmpty();
        }
    }

    @Test
    void anInterruptedPauseLeavesTheOffset() throws IOException {
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
        try (ImageStream stream = ImageStreams.allocate(1, 1, PixelFormat.GRAYSCALE, 1, interrupted)) {
            stream.write(Image.blank(1, 1, PixelFormat.GRAYSCALE), 1000).seek(0);
            assertThatThrownBy(() -> stream.read(true, false, true)).isInstanceOf(InterruptedIOException.class);
            assertThat(Thread.interrupted()).isTrue();
            assertThat(stream.offset()).isZero();
        }
    }
}
