package dev.omvio.cli;

import dev.omvio.core.file.compat.CameraCompatibility;
import dev.omvio.core.file.compat.CompatibilityReport;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 11's "done when": every way omvio writes a stream file (the CLI's record, pack,
 * convert and repair, the API's "w" and "a" modes) makes a file that both the camera firmware
 * and the OpenMV IDE open, as CameraCompatibility walks it, with as many frames as omvio wrote.
 * ImageIO.write, in the bridge-javax module, has its own harness there (CameraTrueImageIoWriteTest).
 */
class CameraTrueHarnessTest {
    private static final int INTERVAL_MICROS = 33_000;

    @TempDir
    Path dir;

    /** Both readers open {@code file} and see the {@code frames} frames omvio wrote (and reads back). */
    private static void assertCameraTrue(Path file, int frames) throws IOException {
        CompatibilityReport report = CameraCompatibility.check(file);
        assertThat(report.verdicts()).as("%s: %s", file.getFileName(), report.verdicts())
                .allSatisfy(verdict -> {
                    assertThat(verdict.refusal()).isEmpty();
                    assertThat(verdict.frames()).isEqualTo(frames);
                });
        try (ImageStream stream = ImageStreams.open(file, "r")) {
            assertThat(stream.count()).isEqualTo(frames);
        }
    }

    private static void assertSucceeded(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private Path pictures() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pictures"));
        Files.write(folder.resolve("a.ppm"), TestFiles.resource("blobs.ppm"));
        Files.write(folder.resolve("b.pgm"), TestFiles.resource("cat.pgm"));
        Files.write(folder.resolve("c.jpg"), TestFiles.cameraJpeg());
        return folder;
    }

    @Test
    void recordWithTheSensorsOwnFormat() throws IOException {
        Path out = dir.resolve("record.bin");

        assertSucceeded(CliRun.of("record", "--sensor", "synthetic:size=16x8,fps=120", "--frames", "3", out.toString()));

        assertCameraTrue(out, 3);
    }

    /** The synthetic sensor makes every format but PNG; ARGB8 is recordArgb8. */
    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"PNG", "ARGB8"}, mode = EnumSource.Mode.EXCLUDE)
    void recordInEveryPixformat(PixelFormat format) throws IOException {
        Path out = dir.resolve("record-" + format + ".bin");

        assertSucceeded(CliRun.of("record", "--sensor", "synthetic:size=16x8,fps=120", "--frames", "3",
                "--pixformat", format.name(), out.toString()));

        assertCameraTrue(out, 3);
    }

    /** Every format but ARGB8 (packArgb8IsAUsageError). */
    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = "ARGB8", mode = EnumSource.Mode.EXCLUDE)
    void packInEveryPixformat(PixelFormat format) throws IOException {
        Path out = dir.resolve("pack-" + format + ".bin");

        assertSucceeded(CliRun.of("pack", pictures().toString(), out.toString(), "--pixformat", format.name()));

        assertCameraTrue(out, 3);
    }

    @Test
    void packWithItsDefaultFormat() throws IOException {
        Path out = dir.resolve("pack.bin");

        assertSucceeded(CliRun.of("pack", pictures().toString(), out.toString(), "--interval", "40ms"));

        assertCameraTrue(out, 3);
    }

    @Test
    void convertAFolderOfPictures() throws IOException {
        Path out = dir.resolve("convert-folder.bin");

        assertSucceeded(CliRun.of("convert", pictures().toString(), out.toString()));

        assertCameraTrue(out, 3);
    }

    /** Three camera JPEGs (an AVI has one frame size) packed, converted to a Motion-JPEG AVI, converted back. */
    @Test
    void convertAnAvi() throws IOException {
        Path jpegs = Files.createDirectories(dir.resolve("jpegs"));
        for (String name : new String[] {"a.jpg", "b.jpg", "c.jpg"}) {
            Files.write(jpegs.resolve(name), TestFiles.cameraJpeg());
        }
        Path packed = dir.resolve("packed.bin");
        Path avi = dir.resolve("clip.avi");
        Path out = dir.resolve("convert-avi.bin");
        assertSucceeded(CliRun.of("pack", jpegs.toString(), packed.toString(), "--pixformat", "jpeg"));
        assertSucceeded(CliRun.of("convert", packed.toString(), avi.toString()));

        assertSucceeded(CliRun.of("convert", avi.toString(), out.toString()));

        assertCameraTrue(out, 3);
    }

    /** A recording whose last chunk was cut (40 bytes of a header and data), then repaired. */
    @Test
    void repair() throws IOException {
        Path out = dir.resolve("repaired.bin");
        assertSucceeded(CliRun.of("pack", pictures().toString(), out.toString(), "--pixformat", "grayscale"));
        byte[] partial = new byte[40];
        partial[4] = 2;
        partial[8] = 2;
        Files.write(out, partial, StandardOpenOption.APPEND);

        assertSucceeded(CliRun.of("repair", out.toString()));

        assertCameraTrue(out, 3);
    }

    /** Two frames of every format but ARGB8 (apiWriteArgb8) through ImageStreams.open(path, "w"). */
    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = "ARGB8", mode = EnumSource.Mode.EXCLUDE)
    void apiWriteInEveryPixformat(PixelFormat format) throws IOException {
        Path out = dir.resolve("api-" + format + ".bin");

        try (ImageStream stream = ImageStreams.open(out, "w")) {
            stream.write(image(format), INTERVAL_MICROS).write(image(format), INTERVAL_MICROS);
        }

        assertCameraTrue(out, 2);
    }

    /** A file written, closed, then opened with "a" for two more frames. */
    @Test
    void apiAppend() throws IOException {
        Path out = dir.resolve("append.bin");
        try (ImageStream stream = ImageStreams.open(out, "w")) {
            stream.write(image(PixelFormat.RGB565), INTERVAL_MICROS);
        }

        try (ImageStream stream = ImageStreams.open(out, "a")) {
            stream.write(image(PixelFormat.GRAYSCALE), INTERVAL_MICROS).write(image(PixelFormat.JPEG), INTERVAL_MICROS);
        }

        assertCameraTrue(out, 3);
    }

    /** ARGB8 from the sensor, which neither reader can read: a usage error, and no file. */
    @Test
    void recordArgb8() throws IOException {
        Path out = dir.resolve("record-ARGB8.bin");

        CliRun run = CliRun.of("record", "--sensor", "synthetic:size=16x8,fps=120", "--frames", "3",
                "--pixformat", "ARGB8", out.toString());

        assertThat(run.exitCode()).isEqualTo(Omvio.BAD_INPUT);
        assertThat(out).doesNotExist();
    }

    /** Pictures cannot be packed as ARGB8, which neither reader can read: a usage error, and no file. */
    @Test
    void packArgb8IsAUsageError() throws IOException {
        Path out = dir.resolve("pack-ARGB8.bin");

        CliRun run = CliRun.of("pack", pictures().toString(), out.toString(), "--pixformat", "ARGB8");

        assertThat(run.exitCode()).isEqualTo(Omvio.BAD_INPUT);
        assertThat(out).doesNotExist();
    }

    /**
     * ARGB8 images through the API: the file writer refuses them, naming what to write instead,
     * and the frames before stay a file both readers open.
     */
    @Test
    void apiWriteArgb8() throws IOException {
        Path out = dir.resolve("api-ARGB8.bin");

        try (ImageStream stream = ImageStreams.open(out, "w")) {
            stream.write(image(PixelFormat.GRAYSCALE), INTERVAL_MICROS);
            assertThatThrownBy(() -> stream.write(image(PixelFormat.ARGB8), INTERVAL_MICROS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("write PNG (keeps alpha) or RGB565 instead");
        }

        assertCameraTrue(out, 1);
    }

    /** 2000 s and 4e6 s between frames: stored as at most what the IDE accepts (1e9 µs). */
    @Test
    void apiWriteWithAnIntervalOverTheIdesLimit() throws IOException {
        Path out = dir.resolve("api-long.bin");

        try (ImageStream stream = ImageStreams.open(out, "w")) {
            stream.write(image(PixelFormat.GRAYSCALE), 2_000_000_000L).write(image(PixelFormat.GRAYSCALE), 4_000_000_000_000L);
        }

        assertCameraTrue(out, 2);
    }

    @Test
    void packWithAnIntervalOverTheIdesLimit() throws IOException {
        Path out = dir.resolve("pack-long.bin");

        assertSucceeded(CliRun.of("pack", pictures().toString(), out.toString(), "--interval", "1001s"));

        assertCameraTrue(out, 3);
    }

    /** A 5x3 frame of {@code format}: blank pixels, or a real JPEG (the camera's) or PNG file. */
    static Image image(PixelFormat format) throws IOException {
        return switch (format) {
            case JPEG -> Image.of(320, 270, format, TestFiles.cameraJpeg());
            case PNG -> Image.of(5, 3, format, png(5, 3));
            default -> Image.blank(5, 3, format);
        };
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(1, 1, 0x336699);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(ImageIO.write(picture, "png", bytes)).isTrue();
        return bytes.toByteArray();
    }
}
