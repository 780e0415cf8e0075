package dev.omvio.codecs.jpeg;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A library prints nothing of its own: a plain application (its own JVM, the JDK's default
 * System.Logger backend) that encodes and decodes its first JPEG has an empty stderr, whether
 * libjpeg-turbo loads or, without JNA on the class path, cannot.
 */
class QuietByDefaultTest {
    @Test
    void theFirstJpegPrintsNothingWithLibjpegTurbo() throws Exception {
        assertThat(run(true)).isEqualTo(List.of(TurboJpegCodec.NAME, ""));
    }

    @Test
    void theFirstJpegPrintsNothingWithoutJna() throws Exception {
        assertThat(run(false)).isEqualTo(List.of(JdkJpegCodec.NAME, ""));
    }

    /** The program's stdout line and its whole stderr. */
    private static List<String> run(boolean jna) throws Exception {
        String classPath = Stream.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                        .split(File.pathSeparator))
                .filter(entry -> jna || !Path.of(entry).getFileName().toString().startsWith("jna-"))
                .collect(Collectors.joining(File.pathSeparator));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, QuietJpegProgram.class.getName()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        return List.of(out.strip(), err);
    }
}
