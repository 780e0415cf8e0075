package dev.omvio.bench.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * libjpeg-turbo's own benchmark program, run on a JPEG file to measure what native code
 * reaches on this machine: decompression to 4-byte BGRX pixels, as omvio's codec decodes into
 * an {@code int[]}.
 */
final class TjBench {
    /** Printed when tjbench cannot be found. */
    static final String INSTALL_HINT = "tjbench was not found: install it with "
            + "'sudo apt-get install libjpeg-turbo-progs' (Debian/Ubuntu), or set TJBENCH to its path";

    private static final Pattern FRAME_RATE = Pattern.compile("Decompress\\s+-->\\s+Frame rate:\\s+([0-9.]+)\\s+fps");

    private final Path program;

    private TjBench(Path program) {
        this.program = program;
    }

    /** tjbench from the environment variable TJBENCH, else from the PATH. */
    static Optional<TjBench> locate() {
        String configured = System.getenv("TJBENCH");
        if (configured != null && !configured.isBlank()) {
            return executable(Path.of(configured));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            Optional<TjBench> found = executable(Path.of(directory, "tjbench"));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<TjBench> executable(Path candidate) {
        return Files.isExecutable(candidate) ? Optional.of(new TjBench(candidate)) : Optional.empty();
    }

    /** Decompresses {@code jpeg} for the profile's time and returns nanoseconds per image. */
    Measurement decode(Path jpeg, Profile profile, Map<String, String> params) throws IOException {
        List<String> command = new ArrayList<>(List.of(program.toString(), jpeg.toString(), "-bgrx", "-nowrite",
                "-warmup", Double.toString(profile.tjbenchWarmupSeconds()),
                "-benchtime", Double.toString(profile.tjbenchSeconds())));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            int status = process.waitFor();
            if (status != 0) {
                throw new IOException(String.join(" ", command) + " failed with status " + status + ":\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for tjbench", e);
        }
        return new Measurement(Targets.TJBENCH, new TreeMap<>(params), 1e9 / decompressionFrameRate(output),
                Double.NaN, Measurement.NANOS_PER_OP);
    }

    /** The images per second of the "Decompress --> Frame rate" line of tjbench's verbose output. */
    static double decompressionFrameRate(String output) throws IOException {
        Matcher rate = FRAME_RATE.matcher(output);
        if (!rate.find()) {
            throw new IOException("tjbench printed no decompression frame rate:\n" + output);
        }
        return Double.parseDouble(rate.group(1));
    }
}
