package dev.omvio.cli;

import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {
    @Test
    void recordsThreeSecondsOfQqvgaAt30FpsAndShowsTheInfo(@TempDir Path dir) throws IOException {
        Path output = dir.resolve("demo.bin");

        CliRun run = CliRun.of("demo", "--output", output.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("recorded 90 frames", "version   2.0", "frames    90", "damaged   no");
        try (ImageStream stream = ImageStreams.open(output, "r")) {
            assertThat(stream.count()).isEqualTo(90);
            // 2.0 stores whole milliseconds: 33 333 µs is written as 33 ms.
            assertThat(stream.frameInfos()).allSatisfy(frame -> {
                assertThat(frame).extracting(FrameInfo::width, FrameInfo::height, FrameInfo::format,
                        FrameInfo::intervalMicros).containsExactly(160, 120, PixelFormat.RGB565, 33_000L);
            });
            assertThat(stream.readFrame(0)).isNotEqualTo(stream.readFrame(1));
        }
    }
}
