package dev.omvio.sensors;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.SensorCapabilities;
import dev.omvio.sensor.SensorControl;
import dev.omvio.sensor.Sensors;
import dev.omvio.sensor.Window;
import dev.omvio.sensor.spi.AbstractSensor;
import dev.omvio.sensor.spi.DriverOptions;
import dev.omvio.sensor.spi.SensorDefaults;
import dev.omvio.sensor.spi.SensorDriver;
import dev.omvio.stream.ManualClock;
import dev.omvio.stream.StreamClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SensorsTest {
    private final List<SensorDriver> registered = new java.util.ArrayList<>();

    @AfterEach
    void unregister() {
        registered.forEach(Sensors::unregister);
    }

    @Test
    void findsTheBuiltInDriversThroughServiceLoader() {
        assertThat(Sensors.drivers()).extracting(SensorDriver::name).contains("synthetic", "replay");
        assertThat(Sensors.driver("synthetic")).isPresent();
    }

    @Test
    void opensARegisteredDriverByNameWithItsOptionsAndClock() throws IOException {
        ManualClock clock = new ManualClock(0);
        register(new GreyDriver("grey-test"));
        try (Sensor sensor = Sensors.open("grey-test:level=77", clock)) {
            assertThat(sensor.driverName()).isEqualTo("grey-test");
            Image frame = sensor.snapshot();
            assertThat(frame.toByteArray()).containsExactly(77, 77, 77, 77);
            assertThat(frame.isFrameBuffer()).isFalse();
        }
    }

    @Test
    void aRegisteredDriverWinsItsNameAndUnregisteringWithdrawsIt() {
        GreyDriver shadow = new GreyDriver("synthetic");
        register(shadow);
        assertThat(Sensors.driver("synthetic")).containsSame(shadow);
        Sensors.unregister(shadow);
        assertThat(Sensors.driver("synthetic")).get().isNotSameAs(shadow);
    }

    @Test
    void anUnknownDriverIsRefusedNamingIt() {
        assertThatThrownBy(() -> Sensors.open("ov7725:fps=30")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ov7725'").hasMessageContaining("synthetic");
    }

    @Test
    void settingsOutsideTheCapabilitiesAreRefused() throws IOException {
        register(new GreyDriver("grey-test"));
        try (Sensor sensor = Sensors.open("grey-test")) {
            assertThatThrownBy(() -> sensor.setHmirror(true)).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("HMIRROR");
            assertThatThrownBy(sensor::gainDb).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("GAIN");
            assertThatThrownBy(() -> sensor.setPixelFormat(PixelFormat.RGB565))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RGB565");
            assertThatThrownBy(() -> sensor.setFrameSize(new FrameSize(3, 2)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3x2");
            assertThatThrownBy(() -> sensor.setFrameRate(61)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("61");
            assertThatThrownBy(() -> sensor.setWindowing(new Window(1, 0, 2, 2)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(1, 0, 2, 2)");
        }
    }

    @Test
    void frameSizeResetsTheWindowAndResetRestoresDefaults() throws IOException {
        register(new GreyDriver("grey-test"));
        try (Sensor sensor = Sensors.open("grey-test")) {
            sensor.setFrameSize(new FrameSize(2, 1));
            assertThat(sensor.windowing()).isEqualTo(new Window(0, 0, 2, 1));
            sensor.setWindowing(new Window(1, 0, 1, 1));
            assertThat(sensor.width()).isEqualTo(1);
            sensor.setFrameRate(5);
            sensor.reset();
            assertThat(sensor.frameSize()).isEqualTo(new FrameSize(2, 2));
            assertThat(sensor.windowing()).isEqualTo(new Window(0, 0, 2, 2));
            assertThat(sensor.frameRate()).isEqualTo(60);
        }
    }

    @Test
    void aClosedSensorRefusesEverythingButClose() throws IOException {
        register(new GreyDriver("grey-test"));
        Sensor sensor = Sensors.open("grey-test");
        sensor.close();
        sensor.close();
        assertThat(sensor.isClosed()).isTrue();
        assertThatThrownBy(sensor::snapshot).isInstanceOf(IllegalStateException.class).hasMessage("sensor closed");
        assertThatThrownBy(sensor::pixelFormat).isInstanceOf(IllegalStateException.class).hasMessage("sensor closed");
        assertThatThrownBy(() -> sensor.setFrameRate(5)).isInstanceOf(IllegalStateException.class)
                .hasMessage("sensor closed");
    }

    @Test
    void captureHandsFramesUntilTheHandlerStops() throws IOException {
        register(new GreyDriver("grey-test"));
        int[] frames = {0};
        try (Sensor sensor = Sensors.open("grey-test")) {
            sensor.capture(frame -> ++frames[0] < 3);
        }
        assertThat(frames[0]).isEqualTo(3);
    }

    private void register(SensorDriver driver) {
        Sensors.register(driver);
        registered.add(driver);
    }

    /** A 2x2 GRAYSCALE sensor whose pixels are the {@code level} option. */
    private record GreyDriver(String name) implements SensorDriver {
        @Override
        public Sensor open(DriverOptions options, StreamClock clock) {
            int level = options.requireOnly("level").integer("level", 0);
            SensorCapabilities capabilities = new SensorCapabilities(Set.of(PixelFormat.GRAYSCALE),
                    EnumSet.of(SensorControl.PIXEL_FORMAT, SensorControl.FRAME_SIZE, SensorControl.WINDOWING, SensorControl.FRAME_RATE),
                    new FrameSize(2, 2), 60);
            return new AbstractSensor(name, capabilities,
                    new SensorDefaults(PixelFormat.GRAYSCALE, new FrameSize(2, 2), 60, 0, 0)) {
                @Override
                protected Image capture(boolean copyToFb) {
                    byte[] pixels = new byte[width() * height()];
                    java.util.Arrays.fill(pixels, (byte) level);
                    return Image.of(width(), height(), PixelFormat.GRAYSCALE, pixels);
                }
            };
        }
    }
}
