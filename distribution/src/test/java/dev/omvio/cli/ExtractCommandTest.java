package dev.omvio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private Path extracted(String name) throws IOException {
        return dir.resolve("out").resolve(name);
    }

    @Test
    void rawFilesHoldEachFramesDataWithRgb565LittleEndian() throws IOException {
        Path file = InfoCommandTest.version10WithCutTail().writeTo(dir.resolve("cut.bin"));

        CliRun run = CliRun.of("extract", file.toString(), dir.resolve("out").toString(), "--format", "raw");

        assertThat(run.exitCode()).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("frame-000000.raw", "frame-000001.raw");
        }
        // Version 1.0 stored the RGB565 words big-endian: 0x1234, 0xABCD.
        assertThat(Files.readAllBytes(extracted("frame-000000.raw"))).containsExactly(0x34, 0x12, 0xCD, 0xAB);
        assertThat(Files.readAllBytes(extracted("frame-000001.raw"))).containsExactly(1, 2, 3, 4);
        assertThat(run.err()).contains("10 damaged bytes at offset 80");
    }

    @Test
    void aFrameRangeExtractsOnlyThoseFrames() throws IOException {
        Path file = InfoCommandTest.version10WithCutTail().writeTo(dir.resolve("cut.bin"));

        CliRun run = CliRun.of("extract", file.toString(), dir.resolve("out").toString(), "--format", "raw",
                "--frames", "1-");

        assertThat(run.exitCode()).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("frame-000001.raw");
        }
    }

    @Test
    void aRangeOutsideTheStreamIsBadInput() throws IOException {
        Path file = InfoCommandTest.version10WithCutTail().writeTo(dir.resolve("cut.bin"));

        CliRun run = CliRun.of("extract", file.toString(), dir.resolve("out").toString(), "--format", "raw",
                "--frames", "5-9");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("omvio extract: frames 5-9 outside the stream's frames 0-1");
    }

    @Test
    void malformedRangesAreUsageErrors() throws IOException {
        Path file = InfoCommandTest.version10WithCutTail().writeTo(dir.resolve("cut.bin"));

        for (String range : new String[] {"3-1", "-2", "a-b", "1-2-3"}) {
            CliRun run = CliRun.of("extract", file.toString(), dir.toString(), "--format", "raw", "--frames", range);

            assertThat(run.exitCode()).as(range).isEqualTo(2);
            assertThat(run.err().lines()).as(range).hasSize(1);
        }
    }

    @Test
    void existingFilesAreKeptUnlessForced() throws IOException {
        Path file = InfoCommandTest.version10WithCutTail().writeTo(dir.resolve("cut.bin"));
        Files.createDirectories(dir.resolve("out"));
        Files.write(extracted("frame-000000.raw"), new byte[] {9});

        CliRun refused = CliRun.of("extract", file.toString(), dir.resolve("out").toString(), "--format", "raw");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("already exists (use --force to overwrite)");
        assertThat(Files.readAllBytes(extracted("frame-000000.raw"))).containsExactly(9);

        CliRun forced = CliRun.of("extract", file.toString(), dir.resolve("out").toString(), "--format", "raw",
                "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readAllBytes(extracted("frame-000000.raw"))).containsExactly(0x34, 0x12, 0xCD, 0xAB);
    }

    @Test
    void onlyKnownFormatsAreAccepted() throws IOException {
        Path file = InfoCommandTest.version10WithCutTail().writeTo(dir.resolve("cut.bin"));

        CliRun run = CliRun.of("extract", file.toString(), dir.toString(), "--format", "tiff");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("tiff");
    }
}
