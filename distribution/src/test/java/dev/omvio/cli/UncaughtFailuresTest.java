package dev.omvio.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever escapes a command, an Error included, is one line on stderr (the trace only with
 * {@code --debug}) and an exit code that says what kind of failure it was.
 */
class UncaughtFailuresTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @BeforeAll
    static void registerFailingSensor() {
        FailingSensorDriver.register();
    }

    @Test
    void aRuntimeExceptionIsAnInternalError() {
        CliRun run = ErrorMessagesTest.runThrowing(new NullPointerException("x is null"));

        assertThat(run).isEqualTo(new CliRun(3, "",
                "omvio throwing: internal error: java.lang.NullPointerException: x is null (--debug shows where)" + NL));
    }

    @Test
    void anErrorIsOneLineToo() {
        assertThat(ErrorMessagesTest.runThrowing(new StackOverflowError()))
                .isEqualTo(new CliRun(3, "", "omvio throwing: internal error: stack overflow (--debug shows where)" + NL));
        assertThat(ErrorMessagesTest.runThrowing(new OutOfMemoryError("Java heap space")))
                .isEqualTo(new CliRun(3, "", "omvio throwing: out of memory (Java heap space): give Java more, "
                        + "such as JAVA_TOOL_OPTIONS=-Xmx4g" + NL));
        assertThat(ErrorMessagesTest.runThrowing(new AssertionError("unreachable")).exitCode()).isEqualTo(3);
    }

    @Test
    void aToolThatCannotDoTheJobHereIsAFailure() {
        assertThat(ErrorMessagesTest.runThrowing(new IllegalStateException("no codec decodes BAYER_BGGR")))
                .isEqualTo(new CliRun(1, "", "omvio throwing: no codec decodes BAYER_BGGR" + NL));
    }

    @Test
    void debugAddsTheTraceAfterTheLine() {
        CliRun run = ErrorMessagesTest.runThrowing(new StackOverflowError(), "--debug");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().lines().toList()).hasSizeGreaterThan(2)
                .startsWith("omvio throwing: internal error: stack overflow (--debug shows where)",
                        "java.lang.StackOverflowError");
    }

    /** Through the tool's own entry point: a sensor driver that throws, in a real recording. */
    @ParameterizedTest
    @CsvSource({
        "runtime, 3, 'omvio record: internal error: java.lang.NullPointerException: a bug in the driver (--debug shows where)'",
        "stack, 3, 'omvio record: internal error: stack overflow (--debug shows where)'",
        "oom, 3, 'omvio record: out of memory (Java heap space): give Java more, such as JAVA_TOOL_OPTIONS=-Xmx4g'",
        "io, 1, 'omvio record: the sensor stopped answering'"})
    void whatASensorThrowsIsOneLineFromOmvioRun(String kind, int exitCode, String line) throws IOException {
        Path out = dir.resolve("rec.bin");

        CliRun run = CliRun.of("record", "--sensor", "failing:after=0,throw=" + kind, out.toString(), "--frames", "2");

        assertThat(run).isEqualTo(new CliRun(exitCode, "", line + NL));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
