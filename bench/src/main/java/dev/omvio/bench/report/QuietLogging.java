package dev.omvio.bench.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * Logging configuration of the benchmark JVMs, named by
 * {@code -Djava.util.logging.config.class}: warnings only, so that the codecs' one-line INFO
 * report ("libjpeg-turbo loaded") is not repeated by every forked JVM between the results.
 */
public final class QuietLogging {
    /** The system property that makes a JVM use this configuration. */
    static final String JVM_ARGUMENT = "-Djava.util.logging.config.class=" + QuietLogging.class.getName();

    private static final String WARNINGS_ONLY = "handlers=java.util.logging.ConsoleHandler\n.level=WARNING\n";

    /** Applies the configuration; java.util.logging creates this class when it starts. */
    public QuietLogging() throws IOException {
        LogManager.getLogManager().readConfiguration(
                new ByteArrayInputStream(WARNINGS_ONLY.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
