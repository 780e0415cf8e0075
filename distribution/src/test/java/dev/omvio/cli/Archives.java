package dev.omvio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The archives the build made, unpacked with tar as a user would, and their bin/omvio run. */
final class Archives {
    /** target/omvio-VERSION: the archives' common prefix, and the folder each unpacks to. */
    static final Path PREFIX = Path.of(System.getProperty("omvio.archive"));

    private Archives() {
    }

    /** The archive whose file name is the prefix's plus {@code suffix}. */
    static Path archive(String suffix) {
        Path archive = PREFIX.resolveSibling(PREFIX.getFileName() + suffix);
        assertThat(archive).as("built by the package phase").isRegularFile();
        return archive;
    }

    /** Unpacks a .tar.gz into {@code into}; returns the folder it holds. */
    static Path untar(Path archive, Path into) throws Exception {
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", into.toString()).inheritIO().start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).isZero();
        return into.resolve(PREFIX.getFileName());
    }

    /** The lines of {@code tar -tvzf}: mode, owner, size, date, name. */
    static List<String> listing(Path archive) throws Exception {
        Process tar = new ProcessBuilder("tar", "-tvzf", archive.toString()).redirectErrorStream(true).start();
        String out = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    /**
     * Runs {@code home/bin/omvio args} in {@code dir} with exactly the environment {@code env}
     * (no inherited JAVA_HOME or PATH).
     */
    static Result run(Path home, Path dir, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/omvio").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        Process process = builder.redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Result result = new Result(process.exitValue(), out, Files.readString(err));
        Files.delete(err);
        return result;
    }

    /** What one run printed and its exit code. */
    record Result(int exitCode, String out, String err) {
        Result succeeded() {
            assertThat(exitCode).as(err).isZero();
            return this;
        }
    }

    /** Files below {@code dir}, as sorted relative paths with '/'. */
    static List<String> files(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(path -> dir.relativize(path).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
