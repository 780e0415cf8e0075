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
        assertThat(run.out().strip()).isEqualTo("recorded 3 frames to " + out);
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
            // 2.0 files keep milliseconds: 0, then 33 or 34 ms (k * 33.333 ms rounded down by the recorder's µs)
            assertThat(stream.frameInfo(0).intervalMicros()).isZero();
            assertThat(stream.frameInfos().stream().skip(1)).extracting(FrameInfo::intervalMicros)
                    .allMatch(interval -> interval == 33_000 || interval == 34_000);
            assertThat(stream.frameInfos().stream().mapToLong(FrameInfo::intervalMicros).sum())
                    .isBetween(29 * 33_000L, 29 * 33_334L);
        }
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
