package dev.omvio.cli;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Inputs the tool cannot use though they exist: a FIFO with no writer (which every command used
 * to wait on forever) and a stream file another writer holds. Each is one line naming the file
 * and exit code 2, at once.
 */
class UnusableInputTest {
    private static final Duration NO_HANG = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void everyCommandRefusesAFifoAtOnce() throws Exception {
        Path fifo = mkfifo(dir.resolve("camera.bin"));
        Path aviFifo = mkfifo(dir.resolve("clip.avi"));
        String[][] commands = {
            {"info", fifo.toString()},
            {"info", "--json", fifo.toString()},
            {"verify", fifo.toString()},
            {"verify", "--compat", fifo.toString()},
            {"extract", "--format", "raw", fifo.toString(), dir.resolve("frames").toString()},
            {"contact-sheet", fifo.toString(), dir.resolve("sheet.png").toString()},
            {"convert", fifo.toString(), dir.resolve("clip-out.avi").toString()},
            {"convert", aviFifo.toString(), dir.resolve("from-avi.bin").toString()},
            {"repair", fifo.toString()},
            {"record", "--sensor", "replay:file=" + fifo, "--frames", "1", dir.resolve("replayed.bin").toString()},
        };
        for (String[] command : commands) {
            String line = String.join(" ", command);
            CliRun run = assertTimeoutPreemptively(NO_HANG, () -> CliRun.of(command), line);
            Path input = command[1].equals(aviFifo.toString()) ? aviFifo : fifo;
            assertThat(run.exitCode()).as(line).isEqualTo(2);
            assertThat(run.err()).as(line)
                    .endsWith(": " + input + ": not a regular file (a FIFO, socket or device)\n")
                    .hasLineCount(1);
        }
    }

    @Test
    void aDirectoryGivenAsAStreamIsOneLine() {
        CliRun run = CliRun.of("info", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("omvio info: " + dir + ": is a directory\n");
    }

    @Test
    void repairingAFileAWriterHoldsIsRefusedAndLeavesItAlone() throws IOException {
        Path file = dir.resolve("live.bin");
        try (ImageStream writer = ImageStreams.open(file, "w")) {
            writer.write(Image.of(1, 1, PixelFormat.GRAYSCALE, new byte[] {7}), 0);
            byte[] before = Files.readAllBytes(file);

            CliRun repair = CliRun.of("repair", file.toString());
            CliRun record = CliRun.of("record", "--sensor", "synthetic", "--frames", "1", "--force", file.toString());

            assertThat(repair.exitCode()).isEqualTo(2);
            assertThat(repair.err()).isEqualTo("omvio repair: " + file + ": in use by another writer (pid "
                    + ProcessHandle.current().pid() + ")\n");
            assertThat(record.exitCode()).isEqualTo(2);
            assertThat(record.err()).endsWith(file + ": in use by another writer (pid " + ProcessHandle.current().pid() + ")\n");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
    }

    private static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(process.waitFor()).isZero();
        return path;
    }
}
