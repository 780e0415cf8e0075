package dev.omvio.cli;

import dev.omvio.cli.media.MjpegAviReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decompression bombs given to the packaged tool in its own JVM with a 256 MiB heap: pictures
 * and frames declaring 16384 x 16384 pixels (a gigabyte as ARGB) are refused by the pixel
 * budget before their pixels are allocated: one line, exit code 2 (verify: a frame that does not
 * decode, exit code 1), never an OutOfMemoryError.
 */
class DecompressionBombIT {
    private static final String OVER_BUDGET = " declares 16384x16384 pixels, over the pixel budget of 67108864"
            + " (maxPixels; omvio.decode.maxPixels)";

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run omvio(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("--module-path", System.getProperty("omvio.modulePath"),
                "--module", "dev.omvio.distribution/dev.omvio.cli.Omvio"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("stdout.txt")), Files.readString(dir.resolve("stderr.txt")));
    }

    private Run omvio(String... args) throws Exception {
        return omvio(List.of(), args);
    }

    private static void assertRefusedInOneLine(Run run, String command, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err().strip()).isEqualTo("omvio " + command + ": " + message);
    }

    private Path bombStream() throws IOException {
        return Bombs.stream(dir.resolve("bomb.bin"), Bombs.SIDE, Bombs.SIDE, Bombs.jpeg());
    }

    private Path folderWith(String name, byte[] picture) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pictures-" + name));
        Files.write(folder.resolve(name), picture);
        return folder;
    }

    @Test
    void verifyReportsTheFrameAsNotDecoding() throws Exception {
        Run run = omvio("verify", bombStream().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("frame 0 does not decode: JPEG header" + OVER_BUDGET);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void extractContactSheetAndGifRefuseTheFrame() throws Exception {
        Path stream = bombStream();

        String frame0 = stream + ": frame 0 at offset 16: JPEG header" + OVER_BUDGET + " (--keep-going skips such frames)";
        assertRefusedInOneLine(omvio("extract", "--format", "png", stream.toString(), "frames"), "extract", frame0);
        assertRefusedInOneLine(omvio("contact-sheet", stream.toString(), "sheet.png"), "contact-sheet", frame0);
        assertRefusedInOneLine(omvio("convert", stream.toString(), "out.gif"), "convert", frame0);
        assertThat(dir.resolve("sheet.png")).doesNotExist();
    }

    @Test
    void packRefusesJpegPngAndBmpBombs() throws Exception {
        Path jpeg = folderWith("bomb.jpg", Bombs.jpeg());
        Path png = folderWith("bomb.png", Bombs.png());
        Path bmp = folderWith("bomb.bmp", Bombs.bmp());

        assertRefusedInOneLine(omvio("pack", jpeg.toString(), "a.bin"), "pack", jpeg.resolve("bomb.jpg") + ": JPEG header" + OVER_BUDGET);
        assertRefusedInOneLine(omvio("pack", "--pixformat", "JPEG", jpeg.toString(), "b.bin"), "pack",
                jpeg.resolve("bomb.jpg") + ": JPEG header" + OVER_BUDGET);
        assertRefusedInOneLine(omvio("pack", png.toString(), "c.bin"), "pack", png.resolve("bomb.png") + ": PNG header" + OVER_BUDGET);
        assertRefusedInOneLine(omvio("pack", "--pixformat", "PNG", png.toString(), "d.bin"), "pack",
                png.resolve("bomb.png") + ": PNG header" + OVER_BUDGET);
        assertRefusedInOneLine(omvio("pack", bmp.toString(), "e.bin"), "pack", bmp.resolve("bomb.bmp") + ": BMP header" + OVER_BUDGET);
    }

    /** TwelveMonkeys' TIFF and TGA readers, found on the module path, give the declared size to the budget. */
    @Test
    void packAndConvertRefuseTiffAndTgaBombs() throws Exception {
        Path tiff = folderWith("bomb.tiff", Bombs.tiff());
        Path tga = folderWith("bomb.tga", Bombs.tga());

        assertRefusedInOneLine(omvio("pack", tiff.toString(), "a.bin"), "pack", tiff.resolve("bomb.tiff") + ": TIFF header" + OVER_BUDGET);
        assertRefusedInOneLine(omvio("convert", tga.toString(), "b.bin"), "convert", tga.resolve("bomb.tga") + ": TGA header" + OVER_BUDGET);
        assertThat(dir.resolve("a.bin")).doesNotExist();
        assertThat(dir.resolve("b.bin")).doesNotExist();
    }

    @Test
    void convertRefusesBombPicturesAndAvis() throws Exception {
        Path jpeg = folderWith("bomb.jpg", Bombs.jpeg());
        Path avi = Bombs.avi(dir.resolve("bomb.avi"), Bombs.SIDE, Bombs.SIDE);
        Path smallAvi = Bombs.avi(dir.resolve("small.avi"), 320, 240);

        assertRefusedInOneLine(omvio("convert", jpeg.toString(), "a.bin"), "convert", jpeg.resolve("bomb.jpg") + ": JPEG header" + OVER_BUDGET);
        assertRefusedInOneLine(omvio("convert", avi.toString(), "b.bin"), "convert", avi + ": the AVI's stream format" + OVER_BUDGET);
        long offset;
        try (MjpegAviReader reader = MjpegAviReader.open(smallAvi)) {
            offset = reader.pictures().get(0).offset();
        }
        assertRefusedInOneLine(omvio("convert", smallAvi.toString(), "c.bin"), "convert",
                smallAvi + ": picture 0 at offset " + offset + ": JPEG header says 16384x16384 but the frame is 320x240");
    }

    @Test
    void theSystemPropertySetsTheBudget() throws Exception {
        Path stream = Bombs.stream(dir.resolve("camera.bin"), 320, 270, TestFiles.cameraJpeg());

        Run run = omvio(List.of("-Domvio.decode.maxPixels=1000"), "extract", "--format", "png", stream.toString(), "frames");

        assertRefusedInOneLine(run, "extract", stream + ": frame 0 at offset 16: JPEG header declares 320x270 pixels,"
                + " over the pixel budget of 1000 (maxPixels; omvio.decode.maxPixels) (--keep-going skips such frames)");
        assertThat(omvio("--help").out()).contains("default: 67108864");
        assertThat(omvio(List.of("-Domvio.decode.maxPixels=1000"), "--help").out()).contains("default: 1000");
    }

    @Test
    void noBudgetGoesBeyondWhatTheHeapHolds() throws Exception {
        Run run = omvio("extract", "--max-pixels", "1000000000", "--format", "png", bombStream().toString(), "frames");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains(": frame 0 at offset 16: JPEG header declares 16384x16384 pixels, over the ")
                .contains(" pixels a heap of 256 MiB can decode");
    }

    /** An invalid property is a warning, and the built-in budget holds. */
    @Test
    void anInvalidSystemPropertyIsAWarning() throws Exception {
        Run run = omvio(List.of("-Domvio.decode.maxPixels=lots"), "extract", "--format", "png", bombStream().toString(), "frames");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("omvio.decode.maxPixels='lots' is not a positive number of pixels; using 67108864")
                .contains("JPEG header" + OVER_BUDGET);
        assertThat(new String(Files.readAllBytes(dir.resolve("stderr.txt")), StandardCharsets.UTF_8)).doesNotContain("Exception");
    }
}
