package dev.omvio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyAndRepairTest {
    @TempDir
    Path dir;

    @Test
    void aSoundFileVerifiesWithExitCode0() throws IOException {
        Path file = StreamBytes.magic("V2.0").u32(100, 33, 1, 0x08010000L, 0).zeros(12)
                .data(0xFF, 0xFF, 0xFF, 0xFF, 1, 0, 0, 0).zeros(8).writeTo(dir.resolve("sound.bin"));

        CliRun run = CliRun.of("verify", "--json", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo(
                "{\"ok\":true,\"count\":1,\"decoded\":1,\"bad_frames\":[],\"tail\":null,"
                        + "\"compat\":{\"firmware\":{\"ok\":true,\"frames\":1},\"ide\":{\"ok\":true,\"frames\":1}}}");
    }

    /** The file of InfoCommandTest: two whole frames, then 10 bytes of a header cut short at offset 80. */
    @Test
    void aDamagedTailIsExitCode1WithItsOffsetAndLength() throws IOException {
        Path file = InfoCommandTest.version10WithCutTail().writeTo(dir.resolve("cut.bin"));

        CliRun json = CliRun.of("verify", "--json", file.toString());
        CliRun text = CliRun.of("verify", file.toString());

        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out().strip()).matches("\\{\"ok\":false,\"count\":2,\"decoded\":2,\"bad_frames\":\\[\\],"
                + "\"tail\":\\{\"offset\":80,\"length\":10,\"reason\":\"[^\"]+\"\\},"
                // At 80: interval 60, width 2, then 2 of the height's 4 bytes. The firmware's
                // file_read() of the height fails; the IDE's QDataStream reads it as 0.
                + "\"compat\":\\{\"firmware\":\\{\"ok\":false,\"frames\":2,\"frame\":2,\"offset\":88,"
                + "\"field\":\"height\",\"reason\":\"Failed to read requested bytes! \\(the height needs 4 bytes,"
                + " the file has 2 left\\)\"\\},\"ide\":\\{\"ok\":false,\"frames\":2,\"frame\":2,\"offset\":88,"
                + "\"field\":\"height\",\"reason\":\"File is corrupt! \\(height 0, outside 1..32767; the header is"
                + " cut short by the end of the file, and QDataStream reads 0 past it\\)\"\\}\\}\\}");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("damaged tail: 10 bytes at offset 80: ").endsWith("damaged\n");
    }

    /** Version 2.1, one 4x2 JPEG frame whose 5 data bytes are no JPEG at all. */
    @Test
    void aFrameThatDoesNotDecodeIsReportedByIndex() throws IOException {
        Path file = StreamBytes.magic("V2.1").frame2x(0, 4, 2, 0x06060000L, new byte[] {1, 2, 3, 4, 5})
                .writeTo(dir.resolve("bad-jpeg.bin"));

        CliRun run = CliRun.of("verify", "--json", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("{\"ok\":false,\"count\":1,\"decoded\":0,\"bad_frames\":[{\"index\":0,\"reason\":");
    }

    @Test
    void repairCutsTheTailAndTheFileThenVerifies() throws IOException {
        Path file = InfoCommandTest.version10WithCutTail().writeTo(dir.resolve("cut.bin"));

        CliRun repair = CliRun.of("repair", file.toString());

        assertThat(repair.exitCode()).isZero();
        assertThat(repair.out()).startsWith(file + ": removed 10 bytes at offset 80: ");
        assertThat(Files.size(file)).isEqualTo(80);
        assertThat(CliRun.of("verify", file.toString()).exitCode()).isZero();
        assertThat(CliRun.of("repair", file.toString()).out().strip()).isEqualTo(file + ": no damaged tail, nothing removed");
    }

    @Test
    void notAStreamIsBadInputForBoth() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a stream at all, just words");

        for (String command : new String[] {"verify", "repair"}) {
            CliRun run = CliRun.of(command, notes.toString());

            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).startsWith("omvio " + command + ": " + notes);
        }
        assertThat(Files.readString(notes)).isEqualTo("not a stream at all, just words");
    }
}
