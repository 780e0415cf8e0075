package dev.omvio.cli;

import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Bad input is one line naming the path or frame and the reason, with exit code 2. */
class ErrorMessagesTest {
    private static final long JPEG = 0x06060000L;
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"info", "verify", "repair", "contact-sheet", "extract", "convert"})
    void aFolderGivenForAStreamIsNamed(String command) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        String[] args = switch (command) {
            case "contact-sheet" -> new String[] {command, folder.toString(), dir.resolve("s.png").toString()};
            case "extract" -> new String[] {command, folder.toString(), dir.resolve("x").toString(), "--format", "raw"};
            case "convert" -> new String[] {command, folder.toString(), dir.resolve("out.gif").toString()};
            default -> new String[] {command, folder.toString()};
        };

        CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).isEqualTo(2);
        if (command.equals("convert")) { // a folder is the pictures convert packs: not into a GIF
            assertThat(run.err()).startsWith("omvio convert: cannot convert " + folder);
        } else {
            assertThat(run.err()).isEqualTo("omvio " + command + ": " + folder + ": is a directory" + NL);
        }
    }

    @Test
    void anUnreadableFileIsPermissionDenied() throws IOException {
        Path file = Files.writeString(dir.resolve("locked.bin"), "OMV IMG STR V2.0");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "root reads any file: the mapping is tested below with the exception itself");

        CliRun run = CliRun.of("info", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("omvio info: " + file + ": permission denied" + NL);
    }

    /** A command that throws the exception it was given, run as {@code omvio} runs its own. */
    @Command(name = "throwing")
    static final class Throwing implements Callable<Integer> {
        private final Throwable thrown;

        Throwing(Throwable thrown) {
            this.thrown = thrown;
        }

        @Override
        public Integer call() throws Exception {
            if (thrown instanceof Exception exception) {
                throw exception;
            }
            throw (Error) thrown;
        }
    }

    static CliRun runThrowing(Throwable thrown, String... options) {
        CommandLine commandLine = Omvio.commandLine().addSubcommand(new Throwing(thrown));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] args = Stream.concat(Stream.of(options), Stream.of("throwing")).toArray(String[]::new);
        int exit = Omvio.execute(commandLine, args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    @Test
    void fileSystemExceptionsAreOneLineWithThePathAndTheReason() {
        assertThat(runThrowing(new AccessDeniedException("rec.bin")))
                .isEqualTo(new CliRun(2, "", "omvio throwing: rec.bin: permission denied" + NL));
        assertThat(runThrowing(new java.nio.file.NoSuchFileException("gone.bin")))
                .isEqualTo(new CliRun(2, "", "omvio throwing: gone.bin: no such file" + NL));
        assertThat(runThrowing(new FileSystemException("/dev/fifo", null, "Not a regular file")))
                .isEqualTo(new CliRun(2, "", "omvio throwing: /dev/fifo: not a regular file" + NL));
        assertThat(runThrowing(new FileSystemException("a.part", "a.bin", "Device or resource busy")))
                .isEqualTo(new CliRun(2, "", "omvio throwing: a.part -> a.bin: device or resource busy" + NL));
    }

    @Test
    void anOutputInAFolderThatDoesNotExistNamesTheFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pictures"));
        Files.write(folder.resolve("a.ppm"), TestFiles.resource("blobs.ppm"));
        Path missing = dir.resolve("missing");

        CliRun run = CliRun.of("pack", folder.toString(), missing.resolve("out.bin").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("omvio pack: " + missing + ": no such folder" + NL);
    }

    @Test
    void aPictureThatDoesNotReadIsNamedOnce() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pictures"));
        Files.write(folder.resolve("a.ppm"), TestFiles.resource("blobs.ppm"));
        Path bad = Files.writeString(folder.resolve("b.png"), "no png", StandardCharsets.US_ASCII);

        CliRun run = CliRun.of("pack", folder.toString(), dir.resolve("out.bin").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("omvio pack: " + bad + ": not a picture ImageIO can read" + NL);
    }

    /**
     * Version 2.1: the camera's JPEG, then 16 bytes that are no JPEG (said to be of the same
     * size), then the JPEG again. Frame 1's chunk starts after the 16-byte magic, frame 0's
     * 32-byte chunk header and its data padded to 16 bytes (FORMAT.md, Pad16).
     */
    private Path middleFrameBroken() throws IOException {
        byte[] jpeg = TestFiles.cameraJpeg();
        return StreamBytes.magic("V2.1")
                .frame2x(0, 320, 270, JPEG, jpeg)
                .frame2x(100_000, 320, 270, JPEG, new byte[16])
                .frame2x(100_000, 320, 270, JPEG, jpeg)
                .writeTo(dir.resolve("broken.bin"));
    }

    private static long secondFrameOffset() {
        return 16 + 32 + (TestFiles.cameraJpeg().length + 15) / 16 * 16;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gif", "sheet", "extract"})
    void aFrameThatDoesNotDecodeIsNamedWithItsOffset(String what) throws IOException {
        Path file = middleFrameBroken();
        Path out = dir.resolve(what.equals("extract") ? "frames" : "out." + (what.equals("gif") ? "gif" : "png"));
        String[] args = switch (what) {
            case "gif" -> new String[] {"convert", file.toString(), out.toString()};
            case "sheet" -> new String[] {"contact-sheet", file.toString(), out.toString()};
            default -> new String[] {"extract", file.toString(), out.toString(), "--format", "ppm"};
        };
        try (ImageStream stream = ImageStreams.open(file, "r")) {
            assertThat(stream.frameInfo(1).offset()).isEqualTo(secondFrameOffset());
        }

        CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("omvio " + args[0] + ": " + file + ": frame 1 at offset "
                + secondFrameOffset() + ": ").endsWith("(--keep-going skips such frames)" + NL);
        if (!what.equals("extract")) {
            assertThat(out).doesNotExist();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gif", "sheet", "extract"})
    void keepGoingSkipsTheFrameAndNamesItAtTheEnd(String what) throws IOException {
        Path file = middleFrameBroken();
        Path out = dir.resolve(switch (what) {
            case "extract" -> "frames";
            case "sheet" -> "out.png";
            default -> "out." + what;
        });
        String[] args = switch (what) {
            case "sheet" -> new String[] {"contact-sheet", file.toString(), out.toString(), "--keep-going"};
            case "extract" -> new String[] {"extract", file.toString(), out.toString(), "--format", "ppm", "--keep-going"};
            default -> new String[] {"convert", file.toString(), out.toString(), "--keep-going"};
        };

        CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("omvio " + args[0] + ": " + file + ": skipped 1 frame that does not decode: 1 (frame 1 at offset "
                + secondFrameOffset() + ": ");
        assertThat(run.err().lines()).hasSize(1);
        switch (what) {
            case "extract" -> {
                try (Stream<Path> files = Files.list(out)) {
                    assertThat(files.map(f -> f.getFileName().toString()))
                            .containsExactlyInAnyOrder("frame-000000.ppm", "frame-000002.ppm");
                }
            }
            case "sheet" -> assertThat(run.out()).isEqualTo("drew 2 thumbnails to " + out + NL);
            default -> assertThat(run.out()).isEqualTo("converted 2 frames from " + file + " to " + out + NL);
        }
    }

    /**
     * An AVI copies JPEG frames without decoding them; PNG frames it decodes: version 2.1, a
     * 2x2 PNG, 16 bytes that are no PNG, the PNG again. Frame 1 starts after the magic, a
     * 32-byte header and the PNG padded to 16 bytes.
     */
    @Test
    void keepGoingSkipsAFrameOfAnAvi() throws IOException {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        long pngCode = 0x06070000L;
        Path file = StreamBytes.magic("V2.1")
                .frame2x(0, 2, 2, pngCode, png.toByteArray())
                .frame2x(100_000, 2, 2, pngCode, new byte[16])
                .frame2x(100_000, 2, 2, pngCode, png.toByteArray())
                .writeTo(dir.resolve("png.bin"));
        Path avi = dir.resolve("out.avi");
        long offset = 16 + 32 + (png.size() + 15) / 16 * 16;

        CliRun stopped = CliRun.of("convert", file.toString(), avi.toString());
        CliRun run = CliRun.of("convert", file.toString(), avi.toString(), "--keep-going");

        assertThat(stopped.exitCode()).isEqualTo(2);
        assertThat(stopped.err()).startsWith("omvio convert: " + file + ": frame 1 at offset " + offset + ": ");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("omvio convert: " + file + ": skipped 1 frame that does not decode: 1 (frame 1 at offset "
                + offset + ": ");
        assertThat(run.out()).isEqualTo("converted 2 frames from " + file + " to " + avi + NL);
    }
}
