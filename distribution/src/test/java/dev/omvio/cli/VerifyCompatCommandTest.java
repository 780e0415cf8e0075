package dev.omvio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code omvio verify --compat} on golden files built by hand; the verdicts are worked out from
 * the readers' sources as in core-file's CameraCompatibilityTest.
 */
class VerifyCompatCommandTest {
    @TempDir
    Path dir;

    /** V2.0, a 2x1 RGB565 frame (4 bytes + 12 padding), interval 33 ms: both readers take it. */
    private Path sound() throws IOException {
        return StreamBytes.magic("V2.0").frame2x(33, 2, 1, 0x0C030002L, new byte[] {1, 2, 3, 4})
                .writeTo(dir.resolve("sound.bin"));
    }

    /** The same frame in a V2.1 file: the firmware only opens versions 10, 11 and 20 (py_imageio.c). */
    private Path version21() throws IOException {
        return StreamBytes.magic("V2.1").frame2x(33_333, 2, 1, 0x0C030002L, new byte[] {1, 2, 3, 4})
                .writeTo(dir.resolve("v21.bin"));
    }

    @Test
    void aFileBothOpenIsATableOfTwoYesesAndExitCode0() throws IOException {
        Path file = sound();

        CliRun run = CliRun.of("verify", "--compat", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(file + ": would the camera and the OpenMV IDE open it?\n"
                + "reader    opens  frames  refused at\n"
                + "firmware  yes    1       -\n"
                + "ide       yes    1       -\n"
                + "ok: both open it\n");
    }

    @Test
    void aRefusalIsShownWithItsPlaceAndReasonAndExitCode1() throws IOException {
        Path file = version21();

        CliRun run = CliRun.of("verify", "--compat", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(file + ": would the camera and the OpenMV IDE open it?\n"
                + "reader    opens  frames  refused at\n"
                + "firmware  no     0       file header, offset 13, version: Expected version V1.0, V1.1, or V2.0"
                + " (the magic says version 21)\n"
                + "ide       yes    1       -\n"
                + "not camera-compatible\n");
    }

    /** Only the magic: the IDE's "No frames found!" at offset 16, frame 0. */
    @Test
    void compatWithJsonPrintsTheCompatFieldOnly() throws IOException {
        Path file = StreamBytes.magic("V2.0").writeTo(dir.resolve("empty.bin"));

        CliRun run = CliRun.of("verify", "--compat", "--json", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().strip()).isEqualTo("{\"ok\":false,\"compat\":{"
                + "\"firmware\":{\"ok\":true,\"frames\":0},"
                + "\"ide\":{\"ok\":false,\"frames\":0,\"frame\":0,\"offset\":16,\"field\":\"frames\",\"reason\":\"No frames found!\"}}}");
    }

    /** Without --compat the exit code stays verify's (the file is sound), and the JSON gains the compat field. */
    @Test
    void verifyJsonCarriesTheCompatFieldWithoutChangingItsExitCode() throws IOException {
        Path file = version21();

        CliRun run = CliRun.of("verify", "--json", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("{\"ok\":true,\"count\":1,\"decoded\":1,\"bad_frames\":[],\"tail\":null,"
                + "\"compat\":{\"firmware\":{\"ok\":false,\"frames\":0,\"frame\":-1,\"offset\":13,\"field\":\"version\","
                + "\"reason\":\"Expected version V1.0, V1.1, or V2.0 (the magic says version 21)\"},"
                + "\"ide\":{\"ok\":true,\"frames\":1}}}");
    }

    /** Any file can be checked, even one omvio itself does not read: a text file is refused at its magic. */
    @Test
    void aFileThatIsNoStreamIsRefusedByBothNotAnError() throws IOException {
        Path file = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "shopping list: milk, eggs\n");

        CliRun run = CliRun.of("verify", "--compat", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("firmware  no     0       file header, offset 0, magic: Unexpected value read!")
                .contains("ide       no     0       file header, offset 0, magic: not an OpenMV ImageWriter file");
    }

    @Test
    void aMissingFileIsOneLineAndExitCode2() {
        CliRun run = CliRun.of("verify", "--compat", dir.resolve("missing.bin").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("omvio verify: " + dir.resolve("missing.bin") + ": no such file");
    }

    @Test
    void aFolderIsOneLineAndExitCode2() {
        CliRun run = CliRun.of("verify", "--compat", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("omvio verify: " + dir + ": is a directory");
    }
}
