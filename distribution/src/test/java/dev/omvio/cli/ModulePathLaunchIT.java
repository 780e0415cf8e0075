package dev.omvio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged tool in its own JVM, launched as {@code ./omvio} launches it: every jar on the
 * module path, so the JPMS descriptors and service binding (the engines are found through
 * {@code provides}, never required) are exercised for real.
 */
class ModulePathLaunchIT {
    @TempDir
    Path dir;

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", System.getProperty("omvio.modulePath"),
                "--module", "dev.omvio.distribution/dev.omvio.cli.Omvio"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).start();
    }

    private static String finish(Process process, int expectedExit) throws Exception {
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isEqualTo(expectedExit);
        return expectedExit == 0 ? out : err;
    }

    @Test
    void demoRecordsAndInfoReadsTheRecordingAsJson() throws Exception {
        finish(start("demo"), 0);
        assertThat(dir.resolve("demo.bin")).exists();
        assertThat(dir.resolve("demo.avi")).isNotEmptyFile();
        assertThat(dir.resolve("demo-contact-sheet.png")).isNotEmptyFile();

        String json = finish(start("info", "--json", "demo.bin"), 0);

        assertThat(json.strip()).startsWith("{\"version\":20,\"count\":90,").endsWith("}]}");
    }

    /** Engines, codecs and drivers are found through the module path's service binding alone. */
    @Test
    void doctorFindsTheEnginesCodecsAndDriversAsServices() throws Exception {
        String json = finish(start("doctor", "--json"), 0);

        assertThat(json).contains("\"file_engine\":\"dev.omvio.core.file.", "\"memory_engine\":\"dev.omvio.core.memory.",
                "\"name\":\"omvio raw pixels\"", "\"name\":\"synthetic\"", "\"name\":\"replay\"");
    }

    /**
     * TwelveMonkeys' plugins are automatic modules on the module path, referred to by no code:
     * ImageIO finds their readers and writers as services. Pictures of every format the CLI
     * reads, packed from a folder, come back out through the TIFF and PNM writers.
     */
    @Test
    void packReadsAndExtractWritesThroughTwelveMonkeysPlugins() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("pictures"));
        for (String name : List.of("a.tiff", "b.bmp", "c.ppm", "d.pam", "e.tga", "j.png")) {
            String format = name.substring(2).equals("ppm") ? "pnm" : name.substring(2);
            assertThat(javax.imageio.ImageIO.write(PictureFormatsTest.pattern(0), format, folder.resolve(name).toFile())).isTrue();
        }
        Files.write(folder.resolve("f.webp"), TestFiles.resource("formats/pattern-5.webp"));
        Files.write(folder.resolve("g.pcx"), PictureFormatsTest.pcx(PictureFormatsTest.pattern(0)));
        Files.write(folder.resolve("h.sgi"), PictureFormatsTest.sgi(PictureFormatsTest.pattern(0)));
        Files.write(folder.resolve("i.ico"), PictureFormatsTest.ico(PictureFormatsTest.written(PictureFormatsTest.pattern(0), "png")));

        assertThat(finish(start("pack", "pictures", "pictures.bin"), 0)).contains("packed 10 frames");
        finish(start("extract", "pictures.bin", "tiff", "--format", "tiff"), 0);
        finish(start("extract", "pictures.bin", "pnm", "--format", "pnm"), 0);

        for (int index = 0; index < 10; index++) {
            int turn = index == 5 ? 5 : 0;
            for (String extension : List.of("tiff", "pnm")) {
                java.awt.image.BufferedImage frame = javax.imageio.ImageIO.read(
                        dir.resolve(extension).resolve(String.format("frame-%06d.%s", index, extension)).toFile());
                for (int i = 0; i < 16; i++) {
                    assertThat(frame.getRGB(i % 4, i / 4)).as(index + "." + extension + " pixel " + i)
                            .isEqualTo(PictureFormatsTest.pattern(turn).getRGB(i % 4, i / 4));
                }
            }
        }
    }

    @Test
    void aFileThatIsNotAStreamExitsWith2AndOneLine() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not a stream, just some words");

        String err = finish(start("info", "notes.txt"), 2);

        assertThat(err.lines()).hasSize(1);
        assertThat(err).startsWith("omvio info: notes.txt: ");
    }
}
