package dev.omvio.sensors.replay;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.SensorControl;
import dev.omvio.sensor.Sensors;
import dev.omvio.stream.EndOfStreamException;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.ManualClock;
import dev.omvio.stream.StreamMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplaySensorTest {
    private static final long MS = 1_000_000L;

    @TempDir
    Path dir;

    @Test
    void playsAFileAtItsRecordedIntervals() throws IOException {
        Path file = record(dir.resolve("rec.bin"), 40_000, 10_000, 25_000);
        ManualClock clock = new ManualClock(0);
        try (Sensor sensor = Sensors.open("replay:file=" + file + ",loop=false", clock)) {
            for (int i = 0; i < 3; i++) {
                assertThat(sensor.snapshot().toByteArray()).containsExactly(grey(i).toByteArray());
            }
            assertThat(clock.sleeps()).containsExactly(40 * MS, 10 * MS, 25 * MS);
            assertThatThrownBy(sensor::snapshot).isInstanceOf(EndOfStreamException.class)
                    .hasMessageContaining("3 frames");
        }
    }

    @Test
    void loopsBackToTheFirstFrameKeepingTheSchedule() throws IOException {
        Path file = record(dir.resolve("rec.bin"), 40_000, 10_000);
        ManualClock clock = new ManualClock(0);
        try (Sensor sensor = Sensors.open("replay:file=" + file, clock)) {
            byte[] levels = new byte[5];
            for (int i = 0; i < 5; i++) {
                levels[i] = sensor.snapshot().data().get(0);
            }
            assertThat(levels).containsExactly(0, 10, 0, 10, 0);
            assertThat(clock.sleeps()).containsExactly(40 * MS, 10 * MS, 40 * MS, 10 * MS, 40 * MS);
        }
    }

    @Test
    void aLateConsumerIsNotSlowedFurther() throws IOException {
        ImageStream memory = memoryRecording(100_000, 100_000, 100_000);
        ManualClock clock = new ManualClock(0);
        Sensor sensor = ReplayDriver.replay(memory, false, clock);
        sensor.snapshot(); // due at 100 ms
        clock.advance(250 * MS); // 350 ms: frame 1 (due 200 ms) is late, frame 2 is due at 300 ms
        sensor.snapshot();
        sensor.snapshot();
        assertThat(clock.sleeps()).containsExactly(100 * MS);
        sensor.close();
        assertThat(memory.isClosed()).isFalse();
        memory.close();
    }

    @Test
    void playsAMemoryStreamInTheFrameBufferOrAsOwnedCopies() throws IOException {
        try (ImageStream memory = memoryRecording(5, 7)) {
            Sensor sensor = ReplayDriver.replay(memory, true, new ManualClock(0));
            Image first = sensor.snapshot(false);
            Image second = sensor.snapshot(true);
            assertThat(first.isFrameBuffer()).isFalse();
            assertThat(second.isFrameBuffer()).isTrue();
            assertThat(first).isEqualTo(grey(0));
            assertThat(second).isEqualTo(grey(1));
        }
    }

    @Test
    void reportsTheRecordingAndRefusesEverySetting() throws IOException {
        try (ImageStream memory = memoryRecording(5, 7)) {
            Sensor sensor = ReplayDriver.replay(memory, true, new ManualClock(0));
            assertThat(sensor.driverName()).isEqualTo("replay");
            assertThat(sensor.pixelFormat()).isEqualTo(PixelFormat.GRAYSCALE);
            assertThat(sensor.frameSize()).isEqualTo(new FrameSize(4, 2));
            assertThat(sensor.frameRate()).isZero();
            assertThat(sensor.capabilities().controls()).isEmpty();
            for (SensorControl control : SensorControl.values()) {
                assertThat(sensor.capabilities().supports(control)).isFalse();
            }
            assertThatThrownBy(() -> sensor.setPixelFormat(PixelFormat.GRAYSCALE))
                    .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("PIXEL_FORMAT");
            assertThatThrownBy(() -> sensor.setFrameRate(30))
                    .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("FRAME_RATE");
        }
    }

    @Test
    void resetStartsAgainFromTheFirstFrame() throws IOException {
        try (ImageStream memory = memoryRecording(5, 7, 9)) {
            ManualClock clock = new ManualClock(0);
            Sensor sensor = ReplayDriver.replay(memory, false, clock);
            sensor.snapshot();
            sensor.snapshot();
            sensor.reset();
            assertThat(sensor.snapshot()).isEqualTo(grey(0));
            assertThat(clock.sleeps()).containsExactly(5_000L, 7_000L, 5_000L);
        }
    }

    @Test
    void refusesMissingAndBadOptionsNamingThem() throws IOException {
        assertThatThrownBy(() -> Sensors.open("replay:loop=true")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("file=");
        Path file = record(dir.resolve("rec.bin"), 1_000);
        assertThatThrownBy(() -> Sensors.open("replay:file=" + file + ",loop=sometimes"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'sometimes'");
        assertThatThrownBy(() -> Sensors.open("replay:file=" + file + ",speed=2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'speed'");
    }

    @Test
    void anEmptyRecordingCannotBeReplayed() throws IOException {
        Path file = dir.resolve("empty.bin");
        ImageStreams.open(file, "w").close();
        assertThatThrownBy(() -> Sensors.open("replay:file=" + file)).isInstanceOf(EndOfStreamException.class)
                .hasMessageContaining("no frame");
        assertThat(Files.exists(file)).isTrue();
    }

    @Property(tries = 40)
    void sleepsExactlyTheRecordedIntervalsAndDeliversTheRecordedFrames(
            @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 0, max = 5_000_000) Long> intervals) throws IOException {
        long[] micros = intervals.stream().mapToLong(Long::longValue).toArray();
        try (ImageStream memory = memoryRecording(micros)) {
            ManualClock clock = new ManualClock(0);
            Sensor sensor = ReplayDriver.replay(memory, false, clock);
            for (int i = 0; i < micros.length; i++) {
                assertThat(sensor.snapshot(false)).isEqualTo(grey(i));
            }
            assertThat(clock.sleeps()).containsExactlyElementsOf(
                    intervals.stream().filter(interval -> interval > 0).map(interval -> interval * 1_000).toList());
        }
    }

    /** A GRAYSCALE 4x2 frame whose every pixel is {@code 10 * i}. */
    static Image grey(int i) {
        byte[] pixels = new byte[8];
        java.util.Arrays.fill(pixels, (byte) (10 * i));
        return Image.of(4, 2, PixelFormat.GRAYSCALE, pixels);
    }

    private static Path record(Path file, long... intervalsMicros) throws IOException {
        try (ImageStream out = ImageStreams.open(file, StreamMode.WRITE, new ManualClock(0))) {
            for (int i = 0; i < intervalsMicros.length; i++) {
                out.write(grey(i), intervalsMicros[i]);
            }
        }
        return file;
    }

    private static ImageStream memoryRecording(long... intervalsMicros) throws IOException {
        ImageStream memory = ImageStreams.allocate(4, 2, PixelFormat.GRAYSCALE, intervalsMicros.length + 1, new ManualClock(0));
        for (int i = 0; i < intervalsMicros.length; i++) {
            memory.write(grey(i), intervalsMicros[i]);
        }
        return memory; // the last slot stays empty: replay ends at the frames written
    }
}
