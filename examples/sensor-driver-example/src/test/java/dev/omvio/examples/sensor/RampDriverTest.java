package dev.omvio.examples.sensor;

import dev.omvio.image.Image;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.spi.DriverOptions;
import dev.omvio.stream.ManualClock;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RampDriverTest {
    private final ManualClock clock = new ManualClock(0);

    @Test
    void pixelsAreTheRampScrolledByStepPerFrame() throws IOException {
        try (Sensor sensor = open("step=100,size=3x2")) {
            assertThat(sensor.snapshot().toByteArray()).containsExactly(0, 1, 2, 0, 1, 2);
            assertThat(sensor.snapshot().toByteArray()).containsExactly(100, 101, 102, 100, 101, 102);
            // 200 + x wraps at 256: 200, 201, 202 then frame 3 is 300 mod 256 = 44
            assertThat(sensor.snapshot().toByteArray()).containsExactly(200, 201, 202, 200, 201, 202);
            assertThat(sensor.snapshot().toByteArray()).containsExactly(44, 45, 46, 44, 45, 46);
        }
    }

    @Test
    void pacesFramesAtTheFrameRateOnTheClock() throws IOException {
        try (Sensor sensor = open("fps=30,size=2x1")) {
            for (int i = 0; i < 4; i++) {
                sensor.snapshot();
            }
            sensor.setFrameRate(100);
            sensor.snapshot();
        }
        assertThat(clock.sleeps()).containsExactly(33_333_333L, 33_333_333L, 33_333_334L, 10_000_000L);
    }

    @Test
    void mirrorsAndResizesAndReusesTheFrameBuffer() throws IOException {
        try (Sensor sensor = open("size=4x1")) {
            sensor.setHmirror(true);
            Image first = sensor.snapshot();
            assertThat(first.toByteArray()).containsExactly(3, 2, 1, 0);
            Image second = sensor.snapshot();
            assertThat(second).isSameAs(first);
            assertThat(first.toByteArray()).containsExactly(4, 3, 2, 1);
            Image owned = sensor.snapshot(false);
            assertThat(owned.isFrameBuffer()).isFalse();
            sensor.setFrameSize(new FrameSize(2, 2));
            sensor.setHmirror(false);
            assertThat(sensor.snapshot().toByteArray()).containsExactly(3, 4, 3, 4);
            assertThat(owned.toByteArray()).containsExactly(5, 4, 3, 2);
        }
    }

    @Test
    void refusesWhatItDoesNotSupport() throws IOException {
        try (Sensor sensor = open("")) {
            assertThatThrownBy(() -> sensor.setVflip(true)).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("VFLIP");
            assertThatThrownBy(() -> sensor.setExposureUs(100)).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("EXPOSURE");
        }
        assertThatThrownBy(() -> open("fps=0")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'0'");
        assertThatThrownBy(() -> open("colour=red")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'colour'");
        assertThatThrownBy(() -> open("size=huge")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'huge'");
    }

    private Sensor open(String options) {
        return new RampDriver().open(DriverOptions.parse(options), clock);
    }
}
