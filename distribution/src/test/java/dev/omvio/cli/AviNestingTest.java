package dev.omvio.cli;

import dev.omvio.cli.media.MjpegAviReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/** AVI lists nested without end: a clear refusal at the nesting bound, never a stack overflow. */
class AviNestingTest {
    @TempDir
    Path dir;

    @Test
    void listsNested60000DeepAreRefusedAtTheBoundWithTheOffset() throws IOException {
        Path avi = Files.write(dir.resolve("deep.avi"), Bombs.nestedAvi(60_000));

        // The 17th list, at depth 16, starts at 12 + 16 * 12 = 204.
        assertThatIOException().isThrownBy(() -> MjpegAviReader.open(avi))
                .withMessage("AVI lists nested more than 16 deep: list at offset 204");
    }

    @Test
    void listsNestedToTheBoundAreWalked() throws IOException {
        Path avi = Files.write(dir.resolve("deep.avi"), Bombs.nestedAvi(MjpegAviReader.MAX_DEPTH));

        // Walked to the bottom and out again: what is missing is the video stream, nothing else.
        assertThatIOException().isThrownBy(() -> MjpegAviReader.open(avi))
                .withMessage("the AVI has no usable video stream header");
    }

    @Test
    void convertSaysOneLineAndExitsWith2() throws IOException {
        Path avi = Files.write(dir.resolve("deep.avi"), Bombs.nestedAvi(60_000));
        Path out = dir.resolve("out.bin");

        CliRun run = CliRun.of("convert", avi.toString(), out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("omvio convert: " + avi + ": AVI lists nested more than 16 deep: list at offset 204"
                + System.lineSeparator());
        assertThat(out).doesNotExist();
    }
}
