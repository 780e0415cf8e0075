package dev.omvio.core.file;

import dev.omvio.core.file.compat.CameraCompatibility;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.NotRegularFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Only regular files are opened: a FIFO without a writer (whose open would block forever) and a
 * directory are refused at once, in every mode; a symbolic link to a stream file is fine.
 */
class NotRegularFileTest {
    private static final Duration NO_HANG = Duration.ofSeconds(10);
    private static final String FIFO = ": not a regular file (a FIFO, socket or device)";

    @TempDir
    Path dir;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFifoIsRefusedWithoutBlockingInEveryMode() throws Exception {
        Path fifo = mkfifo(dir.resolve("pipe"));
        for (String mode : new String[] {"r", "a", "w"}) {
            assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> ImageStreams.open(fifo, mode))
                    .isInstanceOf(NotRegularFileException.class)
                    .hasMessage(fifo + FIFO), mode);
        }
        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> ImageStreams.repair(fifo))
                .isInstanceOf(NotRegularFileException.class)
                .hasMessage(fifo + FIFO));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theCompatibilityCheckRefusesAFifoWithoutBlocking() throws Exception {
        Path fifo = mkfifo(dir.resolve("pipe"));

        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> CameraCompatibility.check(fifo))
                .isInstanceOf(NotRegularFileException.class)
                .hasMessage(fifo + FIFO));
        assertThatThrownBy(() -> CameraCompatibility.check(dir))
                .isInstanceOf(NotRegularFileException.class)
                .hasMessage(dir + ": not a regular file (a directory)");
    }

    @Test
    void aDirectoryIsRefused() {
        assertThatThrownBy(() -> ImageStreams.open(dir, "r"))
                .isInstanceOf(NotRegularFileException.class)
                .hasMessage(dir + ": not a regular file (a directory)");
        assertThatThrownBy(() -> ImageStreams.open(dir, "w"))
                .isInstanceOf(NotRegularFileException.class)
                .hasMessage(dir + ": not a regular file (a directory)");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aSymbolicLinkToAStreamFileIsRead() throws IOException {
        Path file = Files.write(dir.resolve("rec.bin"), StreamBytes.magic("V2.0").toByteArray());
        Path link = Files.createSymbolicLink(dir.resolve("link.bin"), file);
        try (var stream = ImageStreams.open(link, "r")) {
            assertThat(stream.count()).isZero();
        }
    }

    /** Makes a FIFO with the system's mkfifo, as a user would. */
    static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(process.waitFor()).isZero();
        return path;
    }
}
