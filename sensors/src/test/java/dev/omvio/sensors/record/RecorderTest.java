package dev.omvio.sensors.record;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.Sensors;
import dev.omvio.sensors.ForwardingImageStream;
import dev.omvio.sensors.replay.ReplayDriver;
import dev.omvio.stream.FrameInfo;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecorderTest {
    @TempDir
    Path dir;

    @Test
    void dropsAndCountsExactlyTheFramesThatFindTheQueueFull() throws IOException {
        CountDownLatch release = new CountDownLatch(1);
        ImageStream memory = ImageStreams.allocate(2, 1, PixelFormat.GRAYSCALE, 10, new ManualClock(0));
        ImageStream blocked = writesOnlyAfter(release, memory);
        Recorder recorder = Recorder.start(blocked, 4, SyncPolicy.NEVER, new ManualClock(0));
        List<Boolean> accepted = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            accepted.add(recorder.submit(grey(i)));
        }
        // Four queued plus the one the writer holds; the writer cannot free a place while blocked.
        assertThat(accepted).containsExactly(true, true, true, true, true, false, false, false, false, false);
        assertThat(recorder.droppedFrames()).isEqualTo(5);
        release.countDown();

        RecordingSummary summary = recorder.finish();
        assertThat(summary).isEqualTo(new RecordingSummary(10, 5, 5, 0));
        assertThat(memory.frameInfos()).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(memory.readFrame(i)).isEqualTo(grey(i));
        }
        assertThat(recorder.finish()).isSameAs(summary);
        memory.close();
    }

    @Test
    void queuesACopySoTheCallerMayReuseItsFrame() throws IOException {
        CountDownLatch release = new CountDownLatch(1);
        ImageStream memory = ImageStreams.allocate(2, 1, PixelFormat.GRAYSCALE, 2, new ManualClock(0));
        ImageStream blocked = writesOnlyAfter(release, memory);
        byte[] pixels = {1, 2};
        Recorder recorder = Recorder.start(blocked, 2, SyncPolicy.NEVER, new ManualClock(0));
        recorder.submit(Image.of(2, 1, PixelFormat.GRAYSCALE, pixels));
        pixels[0] = 9;
        recorder.submit(Image.of(2, 1, PixelFormat.GRAYSCALE, pixels));
        release.countDown();
        recorder.finish();
        assertThat(memory.readFrame(0).toByteArray()).containsExactly(1, 2);
        assertThat(memory.readFrame(1).toByteArray()).containsExactly(9, 2);
        memory.close();
    }

    @Test
    void syncsEveryNFramesAndOnClose() throws IOException {
        AtomicInteger syncs = new AtomicInteger();
        Path file = dir.resolve("rec.bin");
        try (ImageStream counting = new ForwardingImageStream(ImageStreams.open(file, "w")) {
            @Override
            public ImageStream sync() throws IOException {
                syncs.incrementAndGet();
                return super.sync();
            }
        }) {
            Recorder recorder = Recorder.start(counting, 8, SyncPolicy.every(2), new ManualClock(0));
            for (int i = 0; i < 5; i++) {
                recorder.submit(grey(i));
            }
            RecordingSummary summary = recorder.finish();
            assertThat(syncs).hasValue(3); // after frames 2 and 4, and on close
            assertThat(summary).isEqualTo(new RecordingSummary(5, 5, 0, 3));
        }
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.count()).isEqualTo(5);
            assertThat(in.readFrame(4)).isEqualTo(grey(4));
        }
    }

    @Test
    void syncPoliciesNeverAndOnCloseOnly() throws IOException {
        assertThat(syncCount(SyncPolicy.NEVER, 4)).isZero();
        assertThat(syncCount(SyncPolicy.ON_CLOSE, 4)).isEqualTo(1);
        assertThat(syncCount(new SyncPolicy(3, false), 7)).isEqualTo(2);
    }

    @Test
    void datesFramesAsCapturedWithoutAccumulatingTruncation() throws IOException {
        ManualClock clock = new ManualClock(500);
        try (ImageStream memory = ImageStreams.allocate(2, 1, PixelFormat.GRAYSCALE, 3, clock)) {
            Recorder recorder = Recorder.start(memory, 4, SyncPolicy.NEVER, clock);
            for (int i = 0; i < 3; i++) {
                clock.advance(1_500); // captured at 1.5, 3.0 and 4.5 µs after the start
                recorder.submit(grey(i));
            }
            recorder.finish();
            assertThat(memory.frameInfos()).extracting(FrameInfo::intervalMicros).containsExactly(1L, 2L, 1L);
        }
    }

    @Property(tries = 40)
    void intervalsAddUpToTheCaptureTimeInWholeMicroseconds(
            @ForAll @Size(min = 1, max = 10) List<@LongRange(min = 0, max = 90_000_000) Long> gapsNanos) throws IOException {
        ManualClock clock = new ManualClock(0);
        try (ImageStream memory = ImageStreams.allocate(2, 1, PixelFormat.GRAYSCALE, gapsNanos.size(), clock)) {
            Recorder recorder = Recorder.start(memory, gapsNanos.size(), SyncPolicy.NEVER, clock);
            for (int i = 0; i < gapsNanos.size(); i++) {
                clock.advance(gapsNanos.get(i));
                recorder.submit(grey(i));
            }
            recorder.finish();
            long total = gapsNanos.stream().mapToLong(Long::longValue).sum();
            assertThat(memory.frameInfos().stream().mapToLong(FrameInfo::intervalMicros).sum()).isEqualTo(total / 1_000);
            assertThat(memory.frameInfos()).hasSize(gapsNanos.size());
        }
    }

    @Test
    void recordsAnySensorAtItsPace() throws IOException {
        ManualClock clock = new ManualClock(0);
        try (ImageStream source = ImageStreams.allocate(2, 1, PixelFormat.GRAYSCALE, 3, clock);
             ImageStream target = ImageStreams.allocate(2, 1, PixelFormat.GRAYSCALE, 3, clock)) {
            long[] intervals = {5_000, 7_000, 9_000};
            for (int i = 0; i < 3; i++) {
                source.write(grey(i), intervals[i]);
            }
            Sensor replay = ReplayDriver.replay(source, false, clock);
            Recorder recorder = Recorder.start(target, 4, SyncPolicy.NEVER, clock);
            assertThat(recorder.record(replay, 10)).isEqualTo(3); // the replay ends after 3
            assertThat(recorder.finish()).isEqualTo(new RecordingSummary(3, 3, 0, 0));
            assertThat(target.frameInfos()).extracting(FrameInfo::intervalMicros).containsExactly(5_000L, 7_000L, 9_000L);
            assertThat(target.readFrame(2)).isEqualTo(grey(2));
        }
    }

    @Test
    void aLateCaptureMissesSensorFramesAndFramesAreDatedWhenTheSensorTookThem() throws IOException {
        // 10 fps: frames due every 100 ms. The handler works 0, 130, 20 and 0 ms on its frames:
        // frame 0 at 0, frame 1 at 100 ms (work until 230 ms), frame 2 (200 ms) is missed, so
        // frame 3 at 300 ms (work until 320 ms), then frame 4 at 400 ms. Each frame is dated by
        // its due time, not by when the handler got it: intervals 0, 100, 200, 100 ms.
        ManualClock clock = new ManualClock(0);
        long[] workNanos = {0, 130_000_000L, 20_000_000L, 0};
        int[] handled = {0};
        try (Sensor sensor = Sensors.open("synthetic:pattern=bars,format=grayscale,size=8x4,fps=10", clock);
             ImageStream memory = ImageStreams.allocate(8, 4, PixelFormat.GRAYSCALE, 4, clock)) {
            Recorder recorder = Recorder.start(memory, 8, SyncPolicy.NEVER, clock);
            sensor.capture(frame -> {
                recorder.submit(sensor, frame);
                clock.advance(workNanos[handled[0]]);
                return ++handled[0] < workNanos.length;
            });
            assertThat(recorder.finish()).isEqualTo(new RecordingSummary(4, 4, 0, 0, 1));
            assertThat(memory.frameInfos()).extracting(FrameInfo::intervalMicros)
                    .containsExactly(0L, 100_000L, 200_000L, 100_000L);
            assertThat(sensor.missedFrames()).isEqualTo(1);
        }
    }

    @Test
    void recordsASyntheticSensorToAFileThatReplaysAtThePaceCaptured() throws IOException {
        ManualClock clock = new ManualClock(0);
        Path file = dir.resolve("bars.bin");
        List<Image> captured = new ArrayList<>();
        try (Sensor sensor = Sensors.open("synthetic:pattern=shapes,format=rgb565,size=16x8,fps=30", clock);
             ImageStream out = ImageStreams.open(file, StreamMode.WRITE, clock)) {
            Recorder recorder = Recorder.start(out, 8, SyncPolicy.ON_CLOSE, clock);
            sensor.capture(frame -> {
                captured.add(frame.copy());
                recorder.submit(frame);
                return captured.size() < 4;
            });
            assertThat(recorder.finish()).isEqualTo(new RecordingSummary(4, 4, 0, 1));
        }
        // captured at 0, 33333, 66666 and 100000 us; version 2.0 files store the differences of
        // the times in whole milliseconds, 0, 33, 66, 100: 33, 33, 34 (as the firmware's ticks)
        ManualClock replayClock = new ManualClock(0);
        try (Sensor replay = Sensors.open("replay:file=" + file + ",loop=false", replayClock)) {
            for (Image frame : captured) {
                assertThat(replay.snapshot()).isEqualTo(frame);
            }
        }
        assertThat(replayClock.sleeps()).containsExactly(33_000_000L, 33_000_000L, 34_000_000L);
    }

    @Test
    void aWriterFailureIsReportedByFinish() throws IOException {
        ImageStream memory = ImageStreams.allocate(2, 1, PixelFormat.GRAYSCALE, 1, new ManualClock(0));
        Recorder recorder = Recorder.start(memory, 4, SyncPolicy.NEVER, new ManualClock(0));
        recorder.submit(grey(0));
        recorder.submit(grey(1)); // no slot left in the memory stream
        assertThatThrownBy(recorder::finish).isInstanceOf(IOException.class).hasMessageContaining("after 1 frames");
        assertThatThrownBy(() -> recorder.submit(grey(2))).isInstanceOf(IllegalStateException.class)
                .hasMessage("recording finished");
        memory.close();
    }

    @Test
    void refusesBadSettingsNamingThem() {
        ManualClock clock = new ManualClock(0);
        assertThatThrownBy(() -> Recorder.start(null, 0, SyncPolicy.NEVER, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> SyncPolicy.every(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
        assertThatThrownBy(() -> new SyncPolicy(-2, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-2");
    }

    private int syncCount(SyncPolicy policy, int frames) throws IOException {
        AtomicInteger syncs = new AtomicInteger();
        try (ImageStream counting = new ForwardingImageStream(ImageStreams.open(dir.resolve(policy + ".bin"), "w")) {
            @Override
            public ImageStream sync() throws IOException {
                syncs.incrementAndGet();
                return super.sync();
            }
        }) {
            Recorder recorder = Recorder.start(counting, 8, policy, new ManualClock(0));
            for (int i = 0; i < frames; i++) {
                recorder.submit(grey(i));
            }
            recorder.finish();
        }
        return syncs.get();
    }

    private static Image grey(int i) {
        byte[] pixels = new byte[2];
        Arrays.fill(pixels, (byte) i);
        return Image.of(2, 1, PixelFormat.GRAYSCALE, pixels);
    }

    /** {@code stream}, whose writes wait until {@code release} opens: a writer that falls behind. */
    private static ImageStream writesOnlyAfter(CountDownLatch release, ImageStream stream) {
        return new ForwardingImageStream(stream) {
            @Override
            public ImageStream write(Image image, long intervalMicros) throws IOException {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                return super.write(image, intervalMicros);
            }
        };
    }
}
