package dev.omvio.cli;

import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A command that fails leaves no partial output and no temporary file, and an output that
 * {@code --force} replaces stays as it was; a recording (written straight into its file, also
 * with {@code --force}) that fails keeps the frames it wrote, and leaves no file if it wrote none.
 */
class PartialOutputTest {
    @TempDir
    Path dir;

    private Path mounted;

    @BeforeAll
    static void registerFailingSensor() {
        FailingSensorDriver.register();
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** A folder of three pictures, the third of which is no picture. */
    private Path picturesWithABadThird() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pictures"));
        Files.write(folder.resolve("a.ppm"), TestFiles.resource("blobs.ppm"));
        Files.write(folder.resolve("b.ppm"), TestFiles.resource("blobs.ppm"));
        Files.writeString(folder.resolve("c.png"), "not a picture", StandardCharsets.US_ASCII);
        return folder;
    }

    private static void assertFilesIn(Path folder, String... names) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(names);
        }
    }

    @Test
    void aPackThatFailsOnItsThirdPictureLeavesNoFileAndNoTemporaryFile() throws IOException {
        Path folder = picturesWithABadThird();
        Path out = Files.createDirectories(dir.resolve("out")).resolve("packed.bin");

        CliRun run = CliRun.of("pack", folder.toString(), out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertFilesIn(out.getParent());
        // The cause is gone: a rerun does not find a file "already there".
        Files.delete(folder.resolve("c.png"));
        assertThat(CliRun.of("pack", folder.toString(), out.toString()).exitCode()).isZero();
        assertFilesIn(out.getParent(), "packed.bin");
    }

    @Test
    void forceReplacesTheOldOutputOnlyWithACompleteNewOne() throws IOException {
        Path folder = picturesWithABadThird();
        Path out = Files.createDirectories(dir.resolve("out")).resolve("packed.bin");
        byte[] old = "the old output".getBytes(StandardCharsets.US_ASCII);
        Files.write(out, old);

        CliRun run = CliRun.of("pack", folder.toString(), out.toString(), "--force");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readAllBytes(out)).isEqualTo(old);
        assertFilesIn(out.getParent(), "packed.bin");
    }

    @Test
    void aRecordingWhoseSensorFailsBeforeTheFirstFrameLeavesNothing() throws IOException {
        FailingSensorDriver.register();
        Path out = dir.resolve("rec.bin");

        CliRun run = CliRun.of("record", "--sensor", "failing:after=0", out.toString(), "--frames", "5");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("omvio record: the sensor stopped answering" + System.lineSeparator());
        assertFilesIn(dir);
    }

    @Test
    void aForcedRecordingThatFailsBeforeTheFirstFrameLeavesNoFile() throws IOException {
        Path out = dir.resolve("rec.bin");
        byte[] old = "an older recording".getBytes(StandardCharsets.US_ASCII);
        Files.write(out, old);

        CliRun run = CliRun.of("record", "--sensor", "failing:after=0", out.toString(), "--frames", "5", "--force");

        assertThat(run.exitCode()).isEqualTo(1);
        assertFilesIn(dir);
    }

    @Test
    void aRecordingThatFailsAfterFramesKeepsThem() throws IOException {
        Path out = dir.resolve("rec.bin");

        CliRun run = CliRun.of("record", "--sensor", "failing:after=3", out.toString(), "--frames", "5");

        assertThat(run.exitCode()).isEqualTo(1);
        try (ImageStream stream = ImageStreams.open(out, "r")) {
            assertThat(stream.count()).isEqualTo(3);
            assertThat(stream.damagedTail()).isEmpty();
        }
        assertFilesIn(dir, "rec.bin");
    }

    /** A file system of 64 KiB, or a skipped test where mounting one is not allowed. */
    private Path smallDisk() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small-disk"));
        boolean mountedHere;
        try {
            Process process = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString())
                    .redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            mountedHere = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException noMountCommand) {
            mountedHere = false;
        }
        assumeTrue(mountedHere, "mounting a 64 KiB tmpfs needs root (or is not allowed here)");
        mounted = mount;
        return mount;
    }

    /** A QVGA RGB565 frame is 153,600 bytes: the first one does not fit in 64 KiB. */
    @Test
    void aRecordingOntoAFullDiskLeavesNothing() throws Exception {
        Path disk = smallDisk();

        CliRun run = CliRun.of("record", "--sensor", "synthetic:pattern=bars,fps=1000", "--pixformat", "RGB565",
                "--framesize", "QVGA", "--frames", "3", disk.resolve("rec.bin").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(1);
        assertFilesIn(disk);
    }

    /** Two QQVGA RGB565 frames (38,400 bytes each, from blobs.ppm) do not fit in 64 KiB. */
    @Test
    void aPackOntoAFullDiskLeavesNoFileAndNoTemporaryFile() throws Exception {
        Path disk = smallDisk();
        Path folder = Files.createDirectories(dir.resolve("pictures"));
        Files.write(folder.resolve("a.ppm"), TestFiles.resource("blobs.ppm"));
        Files.write(folder.resolve("b.ppm"), TestFiles.resource("blobs.ppm"));

        CliRun run = CliRun.of("pack", folder.toString(), disk.resolve("packed.bin").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(1);
        assertFilesIn(disk);
    }
}
