package dev.omvio.reliability.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.omvio.cli.Omvio;
import dev.omvio.reliability.StreamLayout;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code omvio} command line on arbitrary files, in this JVM through {@link Omvio#run}:
 * {@code info}, {@code verify}, then {@code repair} and {@code info} again. Every run ends with a
 * documented exit code (0, 1 on a damaged file or I/O error, 2 on bad input) and, when it
 * fails, with an IOException or an IllegalArgumentException (shown by {@code --debug}), never
 * another exception; an Error escaping {@code run} is a finding.
 */
class CliFuzzTest {
    /** The top exception of a {@code --debug} stack trace: a line that is a class name, maybe with a message. */
    private static final Pattern THROWN = Pattern.compile("^((?:[a-zA-Z_$][\\w$]*\\.)+[\\w$]*(?:Exception|Error))(?::.*)?$",
            Pattern.MULTILINE);

    @FuzzTest(maxDuration = FuzzSettings.DURATION)
    void inspectsAndRepairsAnyFile(byte[] content) throws IOException {
        Path file = ScratchFile.holding(content);
        boolean stream = StreamLayout.versionOf(content) >= 0;
        assertThat(omvio("info", "--json", file.toString())).isEqualTo(stream ? 0 : 2);
        int verified = omvio("verify", "--json", file.toString());
        assertThat(verified).isIn(stream ? new Integer[] {0, 1} : new Integer[] {2});
        assertThat(omvio("repair", file.toString())).isEqualTo(stream ? 0 : 2);
        assertThat(omvio("info", file.toString())).isEqualTo(stream ? 0 : 2);
    }

    private static int omvio(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] debug = new String[args.length + 1];
        debug[0] = "--debug";
        System.arraycopy(args, 0, debug, 1, args.length);
        int exit = Omvio.run(new PrintWriter(out), new PrintWriter(err), debug);
        assertThat(exit).as("exit code of omvio %s: %s", String.join(" ", args), err).isIn(0, 1, 2);
        Matcher thrown = THROWN.matcher(err.toString());
        if (thrown.find()) {
            assertThat(isDocumented(thrown.group(1))).as("omvio %s threw %s", String.join(" ", args), err).isTrue();
        }
        return exit;
    }

    private static boolean isDocumented(String className) {
        try {
            Class<?> thrown = Class.forName(className);
            return IOException.class.isAssignableFrom(thrown) || IllegalArgumentException.class.isAssignableFrom(thrown);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
