package dev.omvio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InfoCommandTest {
    @TempDir
    Path dir;

    /**
     * Version 1.0, by hand: magic (16 bytes); at 16 a chunk of a 16-byte header (40 ms, 2x1,
     * bpp 2 = RGB565), 4 data bytes and 12 of padding; at 48 one of 50 ms, 2x2, bpp 3 = Bayer,
     * 4 data bytes and 12 of padding; at 80 a header cut after 10 bytes. 90 bytes in all.
     */
    static StreamBytes version10WithCutTail() {
        return StreamBytes.magic("V1.0")
                .u32(40, 2, 1, 2).data(0x12, 0x34, 0xAB, 0xCD).zeros(12)
                .u32(50, 2, 2, 3).data(1, 2, 3, 4).zeros(12)
                .u32(60, 2).data(1, 0);
    }

    @Test
    void jsonReportsEveryFrameAndTheDamagedTail() throws IOException {
        Path file = version10WithCutTail().writeTo(dir.resolve("cut.bin"));

        CliRun run = CliRun.of("info", "--json", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).hasSize(1);
        assertThat(run.out().strip()).matches("\\{\"version\":10,\"count\":2,\"size\":90,"
                + "\"tail_bytes\":10,\"tail_reason\":\"[^\"]+\",\"frames\":\\["
                + "\\{\"index\":0,\"offset\":16,\"width\":2,\"height\":1,\"pixformat\":\"RGB565\","
                + "\"interval_us\":40000,\"data_size\":4\\},"
                + "\\{\"index\":1,\"offset\":48,\"width\":2,\"height\":2,\"pixformat\":\"BAYER_BGGR\","
                + "\"interval_us\":50000,\"data_size\":4\\}\\]\\}");
    }

    /**
     * Version 2.1, by hand: at 16 a 32-byte header (interval 33333 µs, 4x2, JPEG code
     * 0x06060000, size 5, 12 zero bytes), 5 data bytes and 11 of padding; 64 bytes in all.
     */
    @Test
    void version21IntervalsAreMicrosecondsAndASoundFileHasNoTail() throws IOException {
        Path file = StreamBytes.magic("V2.1")
                .u32(33_333, 4, 2, 0x06060000L, 5).zeros(12).data(0xFF, 0xD8, 0xFF, 0xD9, 0).zeros(11)
                .writeTo(dir.resolve("v21.bin"));

        CliRun run = CliRun.of("info", "--json", file.toString());

        assertThat(run.out().strip()).isEqualTo("{\"version\":21,\"count\":1,\"size\":64,"
                + "\"tail_bytes\":0,\"tail_reason\":null,\"frames\":["
                + "{\"index\":0,\"offset\":16,\"width\":4,\"height\":2,\"pixformat\":\"JPEG\","
                + "\"interval_us\":33333,\"data_size\":5}]}");
    }

    /** Version 1.1, by hand: one 1x1 GRAYSCALE frame of 7 ms (bpp 1), 1 data byte and 15 of padding. */
    @Test
    void version11() throws IOException {
        Path file = StreamBytes.magic("V1.1").u32(7, 1, 1, 1).data(0x80).zeros(15).writeTo(dir.resolve("v11.bin"));

        assertThat(CliRun.of("info", "--json", file.toString()).out().strip()).isEqualTo(
                "{\"version\":11,\"count\":1,\"size\":48,\"tail_bytes\":0,\"tail_reason\":null,\"frames\":["
                + "{\"index\":0,\"offset\":16,\"width\":1,\"height\":1,\"pixformat\":\"GRAYSCALE\","
                + "\"interval_us\":7000,\"data_size\":1}]}");
    }

    /**
     * Version 2.0, by hand: one 33x1 BINARY frame (code 0x08010000) of 100 ms whose size field
     * (0) is ignored: ceil(33/32) * 4 * 1 = 8 data bytes, then 8 of padding.
     */
    @Test
    void version20() throws IOException {
        Path file = StreamBytes.magic("V2.0").u32(100, 33, 1, 0x08010000L, 0).zeros(12)
                .data(0xFF, 0xFF, 0xFF, 0xFF, 1, 0, 0, 0).zeros(8).writeTo(dir.resolve("v20.bin"));

        assertThat(CliRun.of("info", "--json", file.toString()).out().strip()).isEqualTo(
                "{\"version\":20,\"count\":1,\"size\":64,\"tail_bytes\":0,\"tail_reason\":null,\"frames\":["
                + "{\"index\":0,\"offset\":16,\"width\":33,\"height\":1,\"pixformat\":\"BINARY\","
                + "\"interval_us\":100000,\"data_size\":8}]}");
    }

    @Test
    void theTableShowsVersionFramesAndDamage() throws IOException {
        Path file = version10WithCutTail().writeTo(dir.resolve("cut.bin"));

        CliRun run = CliRun.of("info", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("version   1.0", "frames    2", "size      90 bytes",
                "damaged   10 bytes at offset 80: ");
        assertThat(run.out().lines().filter(line -> line.contains("BAYER_BGGR"))).hasSize(1);
    }

    @Test
    void aFileThatIsNotAStreamIsOneLineAndExitCode2() throws IOException {
        Path notStream = Files.writeString(dir.resolve("notes.txt"), "this is not a stream at all");
        Path tooShort = Files.write(dir.resolve("short.bin"), new byte[7]);
        Path unknownVersion = StreamBytes.magic("V3.0").writeTo(dir.resolve("v30.bin"));

        for (Path file : new Path[] {notStream, tooShort, unknownVersion, dir.resolve("missing.bin")}) {
            CliRun run = CliRun.of("info", file.toString());

            assertThat(run.exitCode()).as(file.toString()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).as(run.err()).hasSize(1);
            assertThat(run.err()).startsWith("omvio info: ").contains(file.toString()).doesNotContain("Exception");
        }
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        Path tooShort = Files.write(dir.resolve("short.bin"), new byte[7]);

        CliRun run = CliRun.of("info", "--debug", tooShort.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().count()).isGreaterThan(1);
        assertThat(run.err()).contains("BadInputException");
    }

    @Test
    void usageErrorsAreOneLineAndExitCode2() {
        CliRun run = CliRun.of("info");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("FILE");
    }
}
