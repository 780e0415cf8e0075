package dev.omvio.cli;

import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensors.record.RecordingSummary;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class RecordCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFrameLimitRecordsThatManyFramesInTheChosenFormat() throws IOException {
        Path out = dir.resolve("rec.bin");

        CliRun run = CliRun.of("record", "--sensor", "synthetic:pattern=bars,fps=120,size=32x24", "--frames", "3",
                "--pixformat", "grayscale", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        // on the real clock a busy machine may make capture late for a frame, which is reported
        assertThat(run.out().strip()).matches("recorded 3 frames to \\Q" + out + "\\E"
                + "( \\(\\d+ missed: capture fell behind the sensor\\))?");
        try (ImageStream stream = ImageStreams.open(out, "r")) {
            assertThat(stream.frameInfos()).extracting(FrameInfo::width, FrameInfo::height, FrameInfo::format)
                    .containsOnly(tuple(32, 24, PixelFormat.GRAYSCALE)).hasSize(3);
        }
    }

    /** At 30 fps on a simulated clock frame k is due at k / 30 s: one second holds frames 0 to 29. */
    @Test
    void aDurationRecordsTheFramesDueWithinIt() throws IOException {
        Path out = dir.resolve("second.bin");
        SensorRecording recording = new SensorRecording("synthetic:pattern=shapes,fps=30", PixelFormat.RGB565,
                FrameSize.QQQVGA, Long.MAX_VALUE, Duration.ofSeconds(1), new ManualClock(0), 64);

        RecordingSummary summary = recording.recordTo(OutputFiles.reading(false), out);

        assertThat(summary.written()).isEqualTo(30);
        assertThat(summary.dropped()).isZero();
        try (ImageStream stream = ImageStreams.open(out, "r")) {
            assertThat(stream.count()).isEqualTo(30);
            // Frame k at k * 33.333 ms; 2.0 files store the differences of the times in whole ms,
            // as the firmware's ticks: 0, 33, 66, 100, 133 ... gives 0, 33, 33, 34, 33, 33, 34 ...
            // and frame 29 at 966.66 ms stores a total of 966 ms.
            long[] expected = new long[30];
            for (int k = 1; k < 30; k++) {
                expected[k] = (k * 1000L / 30 - (k - 1) * 1000L / 30) * 1_000;
            }
            assertThat(expected).startsWith(0, 33_000, 33_000, 34_000, 33_000, 33_000, 34_000);
            assertThat(stream.frameInfos()).extracting(FrameInfo::intervalMicros)
                    .containsExactly(Arrays.stream(expected).boxed().toArray(Long[]::new));
            assertThat(stream.frameInfos().stream().mapToLong(FrameInfo::intervalMicros).sum()).isEqualTo(966_000);
        }
    }

    /**
     * On the real clock, at 30 fps: the sensor's frames are 33.333 ms apart and a late capture
     * misses frames rather than receiving a burst, so after the first frame no stored interval
     * is under 32 ms (33 less 1 ms of rounding). Before, intervals such as 494, 2, 4, 2, 0 ms
     * were stored.
     */
    @Test
    void aRealTimeRecordingStoresNoIntervalShorterThanTheFramePeriod() throws IOException {
        Path out = dir.resolve("r.bin");

        CliRun run = CliRun.of("record", "--sensor", "synthetic:pattern=bars,fps=30", "--frames", "60", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (ImageStream stream = ImageStreams.open(out, "r")) {
            assertThat(stream.count()).isEqualTo(60);
            assertThat(stream.frameInfos().stream().skip(1)).extracting(FrameInfo::intervalMicros)
                    .allSatisfy(interval -> assertThat(interval).isGreaterThanOrEqualTo(32_000));
        }
    }

    @Test
    void argb8FramesAreRefusedBeforeAnythingIsWritten() throws IOException {
        CliRun byOption = CliRun.of("record", "--sensor", "synthetic:size=8x8", "--frames", "1", "--pixformat", "argb8",
                dir.resolve("a.bin").toString());
        CliRun byDriver = CliRun.of("record", "--sensor", "synthetic:size=8x8,format=argb8", "--frames", "1",
                dir.resolve("b.bin").toString());

        for (CliRun run : new CliRun[] {byOption, byDriver}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).contains("ARGB8", "rgb565");
        }
        assertThat(dir.resolve("a.bin")).doesNotExist();
        assertThat(dir.resolve("b.bin")).doesNotExist();
    }

    @Test
    void aRecordingNeedsAnEndAndAKnownDriver() throws IOException {
        CliRun noEnd = CliRun.of("record", "--sensor", "synthetic", dir.resolve("a.bin").toString());
        CliRun unknown = CliRun.of("record", "--sensor", "webcam:id=0", "--frames", "1", dir.resolve("b.bin").toString());
        CliRun badOption = CliRun.of("record", "--sensor", "synthetic:colour=red", "--frames", "1",
                dir.resolve("c.bin").toString());

        for (CliRun run : new CliRun[] {noEnd, unknown, badOption}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err().lines()).hasSize(1);
        }
        assertThat(unknown.err()).contains("webcam", "synthetic");
        assertThat(badOption.err()).contains("colour");
        assertThat(dir.resolve("b.bin")).doesNotExist();
    }

    /** A replay's frames are the recording's: asking it for another pixel format is bad input. */
    @Test
    void aSettingTheDriverDoesNotHaveIsBadInput() throws IOException {
        Path recording = StreamBytes.magic("V1.1").u32(7, 1, 1, 1).data(0x80).zeros(15).writeTo(dir.resolve("one.bin"));

        CliRun run = CliRun.of("record", "--sensor", "replay:file=" + recording, "--frames", "1", "--pixformat", "jpeg",
                dir.resolve("out.bin").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("omvio record: replay:file=" + recording + ": ");
        assertThat(dir.resolve("out.bin")).doesNotExist();
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws IOException {
        Path out = Files.writeString(dir.resolve("rec.bin"), "mine");

        CliRun run = CliRun.of("record", "--sensor", "synthetic:size=8x8,fps=120", "--frames", "1", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("mine");
    }
}
