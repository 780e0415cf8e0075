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

    @Test
    void aFileThatIsNotAStreamExitsWith2AndOneLine() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not a stream, just some words");

        String err = finish(start("info", "notes.txt"), 2);

        assertThat(err.lines()).hasSize(1);
        assertThat(err).startsWith("omvio info: notes.txt: ");
    }
}
