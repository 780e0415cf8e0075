package dev.omvio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No output may be an input, under any name: the command refuses in one line with exit code 2
 * before it opens anything for writing, so the input keeps every byte.
 */
class OutputIsInputTest {
    private static final long RGB565 = 0x0C030002L;

    @TempDir
    Path dir;

    /** Version 2.1, two 2x2 RGB565 frames (red, then blue 100 ms later). */
    private Path stream(String name) throws IOException {
        return StreamBytes.magic("V2.1")
                .frame2x(0, 2, 2, RGB565, new byte[] {0, (byte) 0xF8, 0, (byte) 0xF8, 0, (byte) 0xF8, 0, (byte) 0xF8})
                .frame2x(100_000, 2, 2, RGB565, new byte[] {0x1F, 0, 0x1F, 0, 0x1F, 0, 0x1F, 0})
                .writeTo(dir.resolve(name));
    }

    /** Runs the command and checks it was refused, the input {@code kept} byte for byte. */
    private static CliRun refused(Path kept, String... args) throws IOException {
        byte[] before = Files.readAllBytes(kept);

        CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(Files.readAllBytes(kept)).isEqualTo(before);
        return run;
    }

    private void noTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void convertRefusesToWriteTheGifItReads() throws IOException {
        Path gif = stream("S.gif");

        CliRun run = refused(gif, "convert", gif.toString(), gif.toString(), "--force");

        assertThat(run.err()).isEqualTo("omvio convert: refusing to write " + gif + ": it is the input " + gif
                + System.lineSeparator());
        noTemporaryFiles();
    }

    @Test
    void contactSheetRefusesToWriteTheStreamItReads() throws IOException {
        Path file = stream("S.bin");

        refused(file, "contact-sheet", file.toString(), file.toString(), "--force");
    }

    @Test
    void recordRefusesToWriteTheFileItsSensorReplays() throws IOException {
        Path file = stream("S.bin");

        CliRun run = refused(file, "record", "--sensor", "replay:file=" + file, file.toString(), "--frames", "1",
                "--force");

        assertThat(run.err()).contains("it is the input");
    }

    @Test
    void packRefusesToWriteAPictureOfTheFolderItPacks() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pictures"));
        Path picture = Files.write(folder.resolve("frame.png"), TestFiles.resource("compressed.jpeg"));
        Files.write(folder.resolve("a.ppm"), TestFiles.resource("blobs.ppm"));

        CliRun run = refused(picture, "pack", folder.toString(), picture.toString(), "--force");

        assertThat(run.err()).contains("it is a picture in the input folder");
        // Even a new one: the next pack of that folder would take it for a picture.
        CliRun fresh = refused(picture, "pack", folder.toString(), folder.resolve("new.ppm").toString());
        assertThat(fresh.err()).contains("it is a picture in the input folder");
        assertThat(folder.resolve("new.ppm")).doesNotExist();
    }

    @Test
    void aHardLinkToTheInputIsTheInput() throws IOException {
        Path file = stream("S.bin");
        Path link = Files.createLink(dir.resolve("other-name.avi"), file);

        refused(file, "convert", file.toString(), link.toString(), "--force");
    }

    @Test
    void aSymbolicLinkToTheInputIsTheInput() throws IOException {
        Path file = stream("S.bin");
        Path link = Files.createSymbolicLink(dir.resolve("sheet.png"), file);

        CliRun run = refused(file, "contact-sheet", file.toString(), link.toString(), "--force");

        assertThat(run.err()).contains("it is the input");
    }

    @Test
    void extractRefusesTheInputAsItsFolder() throws IOException {
        Path file = stream("S.bin");

        CliRun run = refused(file, "extract", file.toString(), file.toString(), "--format", "raw", "--force");

        assertThat(run.err()).isEqualTo("omvio extract: " + file + ": not a folder" + System.lineSeparator());
    }

    @Test
    void extractRefusesAFrameFileThatIsTheInputBeforeWritingAnyFrame() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path file = stream("out/frame-000001.raw");

        refused(file, "extract", file.toString(), out.toString(), "--format", "raw", "--force");

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(file);
        }
    }
}
