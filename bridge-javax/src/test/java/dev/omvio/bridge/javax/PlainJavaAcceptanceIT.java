package dev.omvio.bridge.javax;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.omvio.bridge.javax.StreamBytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test of the issue: a plain Java program (src/test/acceptance, run from source)
 * in a separate JVM whose class path is exactly the packaged bridge jar and its runtime
 * dependencies reads frame 0 with {@code ImageIO.read(File)}, every frame through the reader,
 * and writes with {@code ImageIO.write(img, "openmv", file)}. The same program also runs with
 * those jars on the module path, where the providers come from {@code provides}.
 */
class PlainJavaAcceptanceIT {
    // Frame 0: 2x1 RGB565 red, blue; frame 1: 3x2 GRAYSCALE of 77; frame 2: 4x4 BAYER_BGGR flat (200, 100, 50).
    private static final byte[] RECORDING = StreamBytes.version("2.0")
            .frame2(33, 2, 1, StreamBytes.RGB565, bytes(0x00, 0xF8, 0x1F, 0x00))
            .frame2(33, 3, 2, StreamBytes.GRAYSCALE, bytes(77, 77, 77, 77, 77, 77))
            .frame2(33, 4, 4, StreamBytes.BAYER_BGGR, PixelFormatReadTest.flatMosaic("BGGR", 4, 4))
            .toByteArray();

    @TempDir
    Path dir;

    @Test
    void aPlainProgramOnTheClassPathReadsAndWritesThroughImageIo() throws Exception {
        List<String> lines = run("-cp", String.join(File.pathSeparator, jars()));

        assertExpectedOutput(lines);
    }

    @Test
    void theSameProgramWorksWithTheJarsAsModules() throws Exception {
        List<String> lines = run("--module-path", String.join(File.pathSeparator, jars()), "--add-modules", "ALL-MODULE-PATH");

        assertExpectedOutput(lines);
    }

    private void assertExpectedOutput(List<String> lines) throws IOException {
        assertThat(lines).containsExactly(
                "read 2x1 ff0000",
                "frames 3",
                "frame 0 2x1 ff0000",
                "frame 1 3x2 " + String.format("%06x", rgbOfGrey(77)),
                "frame 2 4x4 c86432",
                "written true 64",
                "reread 2x1 ff0000");
        assertThat(Files.readAllBytes(dir.resolve("out.bin"))).startsWith("OMV IMG STR V2.0".getBytes(StandardCharsets.US_ASCII));
    }

    private List<String> run(String... pathOptions) throws Exception {
        Path recording = dir.resolve("rec.bin");
        Files.write(recording, RECORDING);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(pathOptions));
        command.add(System.getProperty("omvio.acceptanceSource"));
        command.add(recording.toString());
        command.add(dir.resolve("out.bin").toString());
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the program ends").isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isZero();
        return out.lines().toList();
    }

    // getRGB of a TYPE_BYTE_GRAY pixel passes Java2D's linear-to-sRGB curve: ask Java2D for it.
    private static int rgbOfGrey(int level) {
        BufferedImage grey = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, level);
        return grey.getRGB(0, 0) & 0xFFFFFF;
    }

    // The bridge jar and its runtime dependencies, and nothing else.
    private static List<String> jars() throws IOException {
        List<String> jars = new ArrayList<>();
        jars.add(System.getProperty("omvio.bridgeJar"));
        String dependencies = Files.readString(Path.of(System.getProperty("omvio.runtimeClasspathFile"))).strip();
        jars.addAll(List.of(dependencies.split(File.pathSeparator)));
        assertThat(jars).allSatisfy(jar -> assertThat(Path.of(jar)).exists()); // in a reactor build, a module's classes may be a folder
        return jars;
    }
}
