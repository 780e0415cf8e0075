package dev.omvio.sensors.openmv.emulator;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * JNA is optional: an application (its own JVM) without it on the class path serves TCP as
 * ever and is told in one line what a pseudo-terminal needs; with it, the pseudo-terminal opens.
 */
class PtyWithoutJnaTest {
    @Test
    void withoutJnaThePseudoTerminalSaysWhatItNeeds() throws Exception {
        assertThat(run(false)).isEqualTo("serving on tcp port true\n"
                + "IOException: a pseudo-terminal needs JNA (net.java.dev.jna:jna-jpms) on the class or module path\n");
    }

    @Test
    void withJnaItOpens() throws Exception {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        assumeTrue(os.startsWith("linux") || os.startsWith("mac"), "no pseudo-terminals on " + os);
        assertThat(run(true)).startsWith("serving on tcp port true\nserving on pty /dev/");
    }

    /** What the program printed on stdout (its stderr must be empty). */
    private static String run(boolean jna) throws Exception {
        String classPath = Stream.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                        .split(File.pathSeparator))
                .filter(entry -> jna || !Path.of(entry).getFileName().toString().startsWith("jna-"))
                .collect(Collectors.joining(File.pathSeparator));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, PtyProgram.class.getName()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(err).isEmpty();
        return out;
    }
}
