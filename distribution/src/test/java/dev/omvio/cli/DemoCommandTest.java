package dev.omvio.cli;

import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DemoCommandTest {
    @Test
    void recordsThreeSecondsOfQqvgaAt30FpsShowsTheInfoAndWritesVideoAndSheet(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("demo.bin");

        CliRun run = CliRun.of("demo", "--output", output.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("recorded 90 frames", "version   2.0", "frames    90", "damaged   no",
                "wrote " + dir.resolve("demo.avi") + " and " + dir.resolve("demo-contact-sheet.png"));
        try (ImageStream stream = ImageStreams.open(output, "r")) {
            assertThat(stream.count()).isEqualTo(90);
            // Frame k is due k / 30 s after the sensor opens: the first at once, then 33.3 ms
            // apart, which 2.0 files keep as whole milliseconds.
            assertThat(stream.frameInfo(0).intervalMicros()).isZero();
            assertThat(stream.frameInfos()).allSatisfy(frame -> assertThat(frame)
                    .extracting(FrameInfo::width, FrameInfo::height, FrameInfo::format)
                    .containsExactly(160, 120, PixelFormat.RGB565));
            assertThat(stream.frameInfos().stream().skip(1)).extracting(FrameInfo::intervalMicros)
                    .allMatch(interval -> interval == 33_000 || interval == 34_000);
            assertThat(stream.readFrame(0)).isNotEqualTo(stream.readFrame(1));
        }
        // The last frame at 89 * 33 ms = 2.937 s, shown for one 33 ms tick: 2.970 s.
        Map<String, String> probe = Ffprobe.videoStream(dir.resolve("demo.avi"));
        assertThat(probe).containsEntry("codec_name", "mjpeg").containsEntry("width", "160")
                .containsEntry("height", "120").containsEntry("nb_read_frames", "90");
        assertThat(Double.parseDouble(probe.get("duration"))).isCloseTo(2.970, within(0.033));
        // 30 thumbnails of 160x120 in 5 columns: 4 + 5 * 164 wide, 4 + 6 * (120 + 14 + 4) high.
        BufferedImage sheet = ImageIO.read(dir.resolve("demo-contact-sheet.png").toFile());
        assertThat(sheet.getWidth()).isEqualTo(824);
        assertThat(sheet.getHeight()).isEqualTo(832);
    }

    @Test
    void runningTheDemoAgainReplacesItsFiles(@TempDir Path dir) {
        String output = dir.resolve("demo.bin").toString();
        assertThat(CliRun.of("demo", "--output", output).exitCode()).isZero();

        CliRun again = CliRun.of("demo", "--output", output);

        assertThat(again.exitCode()).as(again.err()).isZero();
    }
}
