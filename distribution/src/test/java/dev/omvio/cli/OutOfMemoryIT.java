package dev.omvio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged tool in a JVM with a heap too small for its input: a real OutOfMemoryError
 * becomes one line and exit code 3, and the output it was writing is not left behind.
 */
class OutOfMemoryIT {
    @TempDir
    Path dir;

    /** A 6000 x 6000 grey P5 picture: 36 MB of pixels, which a 16 MB heap cannot hold. */
    private Path folderWithAHugePicture() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pictures"));
        try (OutputStream out = Files.newOutputStream(folder.resolve("huge.pgm"))) {
            out.write("P5\n6000 6000\n255\n".getBytes(StandardCharsets.US_ASCII));
            byte[] row = new byte[6000];
            for (int y = 0; y < 6000; y++) {
                out.write(row);
            }
        }
        return folder;
    }

    @Test
    void packingAPictureLargerThanTheHeapIsOneLineAndExitCode3() throws Exception {
        Path folder = folderWithAHugePicture();
        Path out = Files.createDirectories(dir.resolve("out")).resolve("huge.bin");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx16m",
                "--module-path", System.getProperty("omvio.modulePath"),
                "--module", "dev.omvio.distribution/dev.omvio.cli.Omvio",
                "pack", folder.toString(), out.toString())).start();

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(stderr).isEqualTo(3);
        assertThat(stdout).isEmpty();
        assertThat(stderr.lines()).containsExactly(
                "omvio pack: out of memory (Java heap space): give Java more, such as JAVA_TOOL_OPTIONS=-Xmx4g");
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left).isEmpty();
        }
    }
}
