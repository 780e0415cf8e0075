package dev.omvio.osgi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runnable runtime as a user starts it, {@code java -jar .../bin/omvio-osgi.jar} from some
 * other folder, in a JVM of its own, driven through the Gogo shell on its standard input.
 */
class RuntimeIT {
    private static final Path RUNTIME = Path.of(System.getProperty("omvio.osgi.runtime"));
    private static final String BUNDLE_ROW = "\\s*\\d+\\|(\\w+)\\s*\\|.*";

    @Test
    void startedFromAnotherFolderEveryBundleStartsAndTheShellListsThemActive(@TempDir Path copy,
                                                                            @TempDir Path elsewhere) throws Exception {
        copyRuntime(copy);
        int bundles;
        try (Stream<Path> jars = Files.list(copy.resolve("bundle"))) {
            bundles = (int) jars.count() + 1; // and the system bundle
        }
        Process felix = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", copy.resolve("bin").resolve("omvio-osgi.jar").toString())
                .directory(elsewhere.toFile()).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(felix, lines), "felix output");
        reader.start();
        List<String> listing = List.of();
        try (Writer shell = felix.outputWriter(StandardCharsets.UTF_8)) {
            // The shell may answer before the last bundles have started: ask until all are up.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!allActive(listing, bundles) && System.nanoTime() < deadline) {
                shell.write("lb\n");
                shell.flush();
                listing = nextListing(lines, bundles);
                Thread.sleep(allActive(listing, bundles) ? 0 : 250);
            }
            shell.write("stop 0\n");
        } finally {
            assertThat(felix.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(listing).as(String.join("\n", listing)).hasSize(bundles)
                .allMatch(row -> row.replaceFirst(BUNDLE_ROW, "$1").equals("Active"))
                .anyMatch(row -> row.contains("|omvio codecs ("))
                .anyMatch(row -> row.contains("|Apache Felix Declarative Services ("));
        assertThat(felix.exitValue()).isZero();
        // The cache went to the runtime's folder, nothing to the working directory.
        assertThat(copy.resolve("felix-cache")).isDirectory();
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
    }

    private static boolean allActive(List<String> listing, int bundles) {
        return listing.size() == bundles
                && listing.stream().allMatch(row -> row.replaceFirst(BUNDLE_ROW, "$1").equals("Active"));
    }

    /** The rows of the next {@code lb} answer. */
    private static List<String> nextListing(BlockingQueue<String> lines, int bundles) throws InterruptedException {
        List<String> rows = new ArrayList<>();
        while (rows.size() < bundles) {
            String line = lines.poll(30, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("the shell stopped answering after " + rows);
            }
            if (line.matches(BUNDLE_ROW)) {
                rows.add(line);
            }
        }
        return rows;
    }

    private static void readLines(Process process, BlockingQueue<String> lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(lines::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runtime keeps its cache in its folder: each run gets a copy. */
    private static void copyRuntime(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(RUNTIME)) {
            for (Path source : files.filter(path -> !path.toString().contains("felix-cache")).toList()) {
                Path destination = target.resolve(RUNTIME.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        }
    }
}
