package example.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the application as a user would: java --module-path ... --module example.reader. */
class ModulePathTest {

    @Test
    void theNamedModuleReadsTheRecording() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path errors = Files.createTempFile(Path.of("target"), "stderr", ".txt");
        Process run = new ProcessBuilder(List.of(java,
                "--module-path", System.getProperty("reader.modules"),
                "--module", "example.reader/example.reader.Main",
                "src/test/resources/rec.bin"))
                .redirectError(errors.toFile())
                .start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, run.waitFor(), () -> output + System.lineSeparator() + read(errors));
        // rec.bin: version 2.0, one GRAYSCALE frame 4x2 (see the project's README.md).
        assertEquals("4x2 0 64 128 255 10 20 30 40", output, () -> read(errors));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
