package dev.omvio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code omvio convert rec.bin rec.mp4}: H.264 through ffmpeg, checked with ffprobe. */
class Mp4ExportTest {
    private static final long JPEG = 0x06060000L;
    private static final long RGB565 = 0x0C030002L;

    @TempDir
    Path dir;

    /**
     * Version 2.1 (µs intervals), three frames of the camera's 320x270 JPEG: the first 5 ms
     * after opening (before the clip), then 40 ms, then 120 ms.
     */
    private Path threeJpegFrames() throws IOException {
        byte[] jpeg = TestFiles.cameraJpeg();
        return StreamBytes.magic("V2.1")
                .frame2x(5_000, 320, 270, JPEG, jpeg)
                .frame2x(40_000, 320, 270, JPEG, jpeg)
                .frame2x(120_000, 320, 270, JPEG, jpeg)
                .writeTo(dir.resolve("jpeg.bin"));
    }

    @Test
    void jpegFramesBecomeH264AtTheirRecordedTimes() throws Exception {
        Ffprobe.requireFfmpeg();
        Path mp4 = dir.resolve("out.mp4");

        CliRun run = CliRun.of("convert", threeJpegFrames().toString(), mp4.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("converted 3 frames");
        Map<String, String> probe = Ffprobe.videoStream(mp4);
        assertThat(probe).containsEntry("codec_name", "h264").containsEntry("pix_fmt", "yuv420p")
                .containsEntry("width", "320").containsEntry("height", "270").containsEntry("nb_read_frames", "3");
        // Times since the first frame: 0, 40, 160 ms; the clip lasts until the last frame, 0.16 s.
        assertThat(Ffprobe.pictureTimes(mp4)).containsExactly(0.0, 0.040, 0.160);
        assertThat(Double.parseDouble(probe.get("duration"))).isCloseTo(0.160, within(0.040));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no picture folder left behind").extracting(path -> path.getFileName().toString())
                    .containsExactlyInAnyOrder("jpeg.bin", "out.mp4");
        }
    }

    /**
     * Version 2.0 (ms intervals), five 3x3 RGB565 frames (odd: the MP4 is padded to 4x4) with
     * uneven intervals 33, 34, 100 and 17 ms after the first: times 0, 33, 67, 167 and 184 ms,
     * kept exactly rather than resampled to a frame rate.
     */
    @Test
    void unevenIntervalsAndOddSizesAreKept() throws Exception {
        Ffprobe.requireFfmpeg();
        StreamBytes file = StreamBytes.magic("V2.0");
        int[] intervals = {0, 33, 34, 100, 17};
        for (int i = 0; i < intervals.length; i++) {
            byte[] pixels = new byte[3 * 3 * 2];
            for (int p = 0; p < pixels.length; p += 2) {
                pixels[p] = (byte) (0x1F * i); // blue, and so a different picture each frame
            }
            file.frame2x(intervals[i], 3, 3, RGB565, pixels);
        }
        Path rec = file.writeTo(dir.resolve("uneven.bin"));
        Path mp4 = dir.resolve("uneven.mp4");

        CliRun run = CliRun.of("convert", rec.toString(), mp4.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> probe = Ffprobe.videoStream(mp4);
        assertThat(probe).containsEntry("codec_name", "h264").containsEntry("pix_fmt", "yuv420p")
                .containsEntry("width", "4").containsEntry("height", "4").containsEntry("nb_read_frames", "5");
        assertThat(Ffprobe.pictureTimes(mp4)).containsExactly(0.0, 0.033, 0.067, 0.167, 0.184);
        assertThat(Double.parseDouble(probe.get("duration"))).isCloseTo(0.184, within(0.034));
    }

    /** An ffmpeg that starts the output, then fails: the tool says why in one line and leaves nothing. */
    @Test
    void whenFfmpegFailsNoPartialOutputOrPictureFolderIsLeft() throws Exception {
        Path fake = Files.writeString(dir.resolve("ffmpeg"), """
                #!/bin/sh
                for last; do :; done
                echo partial > "$last"
                echo "first complaint" >&2
                echo "libx264: out of coffee" >&2
                exit 3
                """);
        Files.setPosixFilePermissions(fake, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path rec = threeJpegFrames();
        Path out = Files.createDirectory(dir.resolve("out"));
        String before = System.getProperty(Ffmpeg.PROPERTY);
        System.setProperty(Ffmpeg.PROPERTY, fake.toString());
        CliRun run;
        try {
            run = CliRun.of("convert", rec.toString(), out.resolve("out.mp4").toString());
        } finally {
            if (before == null) {
                System.clearProperty(Ffmpeg.PROPERTY);
            } else {
                System.setProperty(Ffmpeg.PROPERTY, before);
            }
        }

        assertThat(run.exitCode()).isEqualTo(Omvio.FAILURE);
        assertThat(run.err()).isEqualTo("omvio convert: ffmpeg failed (exit code 3): libx264: out of coffee"
                + System.lineSeparator());
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theListShowsEachPictureUntilTheNextAndTheLastForOneTick() {
        assertThat(Mp4Export.ffconcat(List.of("a.jpg", "b.jpg"), List.of(0L, 1_234_567L), 40_000)).isEqualTo("""
                ffconcat version 1.0
                file a.jpg
                option framerate 1000000
                duration 1.234567
                file b.jpg
                option framerate 1000000
                duration 0.040000
                """);
    }
}
