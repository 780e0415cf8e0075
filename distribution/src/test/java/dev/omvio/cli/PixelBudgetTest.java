package dev.omvio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pixel budget on the command line: {@code --max-pixels} sets it for every command that
 * decodes, and a picture or frame over it is one line and exit code 2. (The bombs themselves,
 * in a JVM of a small heap: {@link DecompressionBombIT}.)
 */
class PixelBudgetTest {
    @TempDir
    Path dir;

    /** The camera's 320 x 270 JPEG, 86 400 pixels. */
    private Path cameraStream() throws IOException {
        return Bombs.stream(dir.resolve("camera.bin"), 320, 270, TestFiles.cameraJpeg());
    }

    @Test
    void maxPixelsBeforeOrAfterTheCommandSetsTheBudget() throws IOException {
        Path stream = cameraStream();

        CliRun over = CliRun.of("extract", "--max-pixels", "86399", "--format", "png", stream.toString(), dir.resolve("a").toString());
        CliRun global = CliRun.of("--max-pixels", "86399", "extract", "--format", "png", stream.toString(), dir.resolve("b").toString());
        CliRun within = CliRun.of("extract", "--max-pixels", "86400", "--format", "png", stream.toString(), dir.resolve("c").toString());

        String refusal = "omvio extract: " + stream + ": frame 0 at offset 16: JPEG header declares 320x270 pixels,"
                + " over the pixel budget of 86399 (maxPixels; omvio.decode.maxPixels) (--keep-going skips such frames)"
                + System.lineSeparator();
        assertThat(over.exitCode()).isEqualTo(2);
        assertThat(over.err()).isEqualTo(refusal);
        assertThat(global.exitCode()).isEqualTo(2);
        assertThat(global.err()).isEqualTo(refusal);
        assertThat(within.exitCode()).as(within.err()).isZero();
        assertThat(dir.resolve("c").resolve("frame-000000.png")).isNotEmptyFile();
    }

    @Test
    void aBudgetThatIsNotPositiveIsAUsageError() throws IOException {
        CliRun run = CliRun.of("verify", "--max-pixels", "0", cameraStream().toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("omvio verify: --max-pixels must be a positive number of pixels, got 0"
                + System.lineSeparator());
    }

    @Test
    void verifyReportsAFrameOverTheBudgetAsNotDecoding() throws IOException {
        CliRun run = CliRun.of("verify", "--max-pixels", "1000", cameraStream().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("frame 0 does not decode: JPEG header declares 320x270 pixels, over the pixel budget of 1000");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aNetpbmPictureOverTheBudgetIsRefusedBeforeItsPixelsAreRead() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("pictures"));
        byte[] header = "P5 100 100 255\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pgm = Arrays.copyOf(header, header.length + 100 * 100);
        Files.write(folder.resolve("a.pgm"), pgm);

        CliRun run = CliRun.of("pack", "--max-pixels", "9999", folder.toString(), dir.resolve("out.bin").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("omvio pack: " + folder.resolve("a.pgm") + ": PNM header declares 100x100 pixels,"
                + " over the pixel budget of 9999 (maxPixels; omvio.decode.maxPixels)" + System.lineSeparator());
    }

    /** The bytes of a damaged JPEG were once packed as they were: a frame omvio's own verify rejects. */
    @Test
    void packKeepsTheBytesOfAPictureOnlyIfTheyDecode() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("pictures"));
        byte[] camera = TestFiles.cameraJpeg();
        Files.write(folder.resolve("a.jpg"), Arrays.copyOf(camera, camera.length / 2));

        CliRun run = CliRun.of("pack", "--pixformat", "JPEG", folder.toString(), dir.resolve("out.bin").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("omvio pack: " + folder.resolve("a.jpg") + ": JPEG data ")
                .hasLineCount(1);
    }
}
