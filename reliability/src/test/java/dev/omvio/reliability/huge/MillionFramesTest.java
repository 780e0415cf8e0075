package dev.omvio.reliability.huge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command of the {@code omvio} tool on a file of 1,000,000 frames, each run in a JVM of its
 * own with a 64 MB heap: info, info --json, verify, extract of a few frames, contact-sheet and
 * repair finish with exit code 0 and report every frame. Before, info and contact-sheet built
 * every frame's details (and info --json the whole text) in memory and died with an
 * {@code OutOfMemoryError}. (convert works too, but encodes every frame: minutes, so not here.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MillionFramesTest {
    private static final int FRAMES = 1_000_000;
    private static final int CHUNK = 48;
    private static final long LENGTH = 16 + (long) CHUNK * FRAMES;
    private static final String HEAP = "-Xmx64m";

    @TempDir
    static Path dir;
    private static Path file;

    /**
     * Version 2.0, written here byte by byte from FORMAT.md (not by omvio's writer): the magic
     * "OMV IMG STR V2.0", then for frame i a 32-byte header (little-endian u32s: interval
     * 32 + i % 3 ms, width 1, height 1, pixel format GRAYSCALE 0x08020001, size 1; 12 zero
     * bytes), the one data byte i &amp; 0xFF and 15 zero bytes of padding to a multiple of 16:
     * 48 bytes a frame, frame i at 16 + 48 i, 48,000,016 bytes in all.
     */
    @BeforeAll
    static void writeTheFile() throws IOException {
        file = dir.resolve("million.bin");
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer block = ByteBuffer.allocate(CHUNK * 4096);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap("OMV IMG STR V2.0".getBytes(StandardCharsets.US_ASCII)));
            for (int i = 0; i < FRAMES; i++) {
                chunk.clear();
                chunk.putInt(32 + i % 3).putInt(1).putInt(1).putInt(0x08020001).putInt(1).put(new byte[12])
                        .put((byte) i).put(new byte[15]).flip();
                block.put(chunk);
                if (!block.hasRemaining() || i == FRAMES - 1) {
                    block.flip();
                    while (block.hasRemaining()) {
                        out.write(block);
                    }
                    block.clear();
                }
            }
        }
        assertThat(Files.size(file)).isEqualTo(LENGTH);
    }

    @Test
    @Order(1)
    void infoListsEveryFrame() throws Exception {
        Path out = omvio(0, "info", file.toString());
        int rows = 0;
        String last = null;
        try (BufferedReader lines = Files.newBufferedReader(out)) {
            assertThat(lines.readLine()).isEqualTo("version   2.0");
            assertThat(lines.readLine()).isEqualTo("frames    1000000");
            assertThat(lines.readLine()).isEqualTo("size      48000016 bytes");
            assertThat(lines.readLine()).isEqualTo("damaged   no");
            lines.readLine();
            lines.readLine(); // the column heads
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                rows++;
                last = line;
            }
        }
        assertThat(rows).isEqualTo(FRAMES);
        // frame 999999: offset 16 + 48 * 999999, interval 32 + 999999 % 3 = 32 ms
        assertThat(last.trim().split("\\s+")).containsExactly("999999", "47999968", "1", "1", "GRAYSCALE", "32000", "1");
    }

    @Test
    @Order(2)
    void infoJsonIsOneObjectOfEveryFrame() throws Exception {
        Path out = omvio(0, "info", "--json", file.toString());
        String json = Files.readString(out);
        assertThat(json).startsWith("{\"version\":20,\"count\":1000000,\"size\":48000016,\"tail_bytes\":0,\"tail_reason\":null,"
                + "\"frames\":[{\"index\":0,\"offset\":16,\"width\":1,\"height\":1,\"pixformat\":\"GRAYSCALE\",\"interval_us\":32000,\"data_size\":1},");
        assertThat(json).endsWith(",{\"index\":999999,\"offset\":47999968,\"width\":1,\"height\":1,\"pixformat\":\"GRAYSCALE\","
                + "\"interval_us\":32000,\"data_size\":1}]}\n");
        assertThat(json.split("\\{\"index\":", -1)).hasSize(FRAMES + 1);
        assertThat(json.lines()).hasSize(1);
    }

    @Test
    @Order(3)
    void verifyDecodesEveryFrame() throws Exception {
        Path out = omvio(0, "verify", file.toString());
        assertThat(Files.readString(out)).isEqualTo(file + ": 1000000 frames, 1000000 decoded\nok\n");
    }

    @Test
    @Order(4)
    void extractWritesTheLastFrames() throws Exception {
        Path frames = dir.resolve("frames");
        omvio(0, "extract", "--format", "raw", "--frames", "999998-999999", file.toString(), frames.toString());
        try (var names = Files.list(frames)) {
            List<Path> files = names.sorted().toList();
            assertThat(files).hasSize(2);
            // the data byte of frame i is i & 0xFF: 999998 = 0xF423E, 999999 = 0xF423F
            assertThat(Files.readAllBytes(files.get(0))).containsExactly(0x3E);
            assertThat(Files.readAllBytes(files.get(1))).containsExactly(0x3F);
        }
    }

    @Test
    @Order(5)
    void contactSheetDrawsThirtyThumbnails() throws Exception {
        Path png = dir.resolve("sheet.png");
        Path out = omvio(0, "contact-sheet", file.toString(), png.toString());
        assertThat(Files.readString(out)).isEqualTo("drew 30 thumbnails to " + png + "\n");
        assertThat(png).isNotEmptyFile();
    }

    @Test
    @Order(6)
    void repairCutsATornChunkOffTheLastFrame() throws Exception {
        Files.write(file, new byte[20], StandardOpenOption.APPEND); // a header cut short after 20 of 32 bytes
        Path out = omvio(0, "repair", file.toString());
        assertThat(Files.readString(out)).isEqualTo(file + ": removed 20 bytes at offset 48000016: chunk header cut short: "
                + "20 of 32 bytes\n");
        assertThat(Files.size(file)).isEqualTo(LENGTH);
    }

    /** Runs the tool in its own JVM with a 64 MB heap; returns the file holding its standard output. */
    private static Path omvio(int expectedExit, String... args) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-cp", System.getProperty("java.class.path"), "dev.omvio.cli.Omvio"));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish in 5 minutes");
        }
        assertThat(process.exitValue()).as(String.join(" ", args) + ": " + Files.readString(err)).isEqualTo(expectedExit);
        System.out.printf("million frames: omvio %s at %s: exit %d, %.1f s%n", String.join(" ", args), HEAP,
                process.exitValue(), (System.nanoTime() - start) / 1e9);
        return out;
    }
}
