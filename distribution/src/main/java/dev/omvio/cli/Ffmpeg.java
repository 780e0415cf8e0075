package dev.omvio.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * FFmpeg's {@code ffmpeg} program, which writes the H.264 MP4 files: the one named by the system
 * property {@value #PROPERTY} or the environment variable {@value #ENVIRONMENT}, else the first
 * {@code ffmpeg} on {@code PATH}. omvio ships no H.264 encoder of its own.
 */
final class Ffmpeg {
    /** System property naming the ffmpeg program to use. */
    static final String PROPERTY = "omvio.ffmpeg";
    /** Environment variable naming the ffmpeg program to use. */
    static final String ENVIRONMENT = "OMVIO_FFMPEG";

    private Ffmpeg() {
    }

    /** The ffmpeg program, if there is one. */
    static Optional<Path> find() {
        return find(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT), System.getenv("PATH"));
    }

    /** The program {@code configured} names (a property or variable), else the first ffmpeg on {@code path}. */
    static Optional<Path> find(String property, String variable, String path) {
        for (String configured : new String[] {property, variable}) {
            if (configured != null && !configured.isBlank()) {
                return executable(configured.strip());
            }
        }
        for (String dir : List.of((path == null ? "" : path).split(File.pathSeparator))) {
            if (!dir.isEmpty()) {
                Optional<Path> found = executable(dir + File.separator + program());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The ffmpeg program.
     *
     * @throws IllegalStateException in one line naming the package to install if there is none
     */
    static Path require() {
        return find().orElseThrow(() -> new IllegalStateException("ffmpeg not found: MP4 needs FFmpeg's ffmpeg"
                + " (Debian package ffmpeg) on PATH, or its path in -D" + PROPERTY + " or " + ENVIRONMENT));
    }

    /** The first line of {@code ffmpeg -version} up to its copyright, such as "ffmpeg version 5.1.6-0+deb12u1". */
    static String version(Path ffmpeg) {
        try {
            Process process = new ProcessBuilder(ffmpeg.toString(), "-version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "did not answer -version";
            }
            String first = output.lines().findFirst().orElse("(no version)");
            int copyright = first.indexOf(" Copyright");
            return copyright < 0 ? first : first.substring(0, copyright);
        } catch (IOException e) {
            return "does not run (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static Optional<Path> executable(String name) {
        try {
            Path candidate = Path.of(name);
            return Files.isRegularFile(candidate) && Files.isExecutable(candidate) ? Optional.of(candidate) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String program() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "ffmpeg.exe" : "ffmpeg";
    }
}
