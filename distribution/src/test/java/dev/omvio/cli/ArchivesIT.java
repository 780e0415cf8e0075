package dev.omvio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * omvio-VERSION.zip and .tar.gz, the tool for any Java 17+: bin/omvio, bin/omvio.bat and every
 * jar of the tool's module path in lib/. Unpacked and run as a user would, with java found
 * through JAVA_HOME only (PATH has no java).
 */
class ArchivesIT {
    private static final String NO_JAVA_ON_PATH = "/nonexistent";

    @TempDir
    Path dir;

    @Test
    void theTarGzRunsDemoOnTheJavaOfJavaHome() throws Exception {
        Path home = Archives.untar(Archives.archive(".tar.gz"), dir);
        Path work = Files.createDirectory(dir.resolve("work"));
        Map<String, String> env = Map.of("PATH", NO_JAVA_ON_PATH, "JAVA_HOME", System.getProperty("java.home"));

        Archives.run(home, work, env, "demo").succeeded();
        String doctor = Archives.run(home, work, env, "doctor", "--json").succeeded().out();

        assertThat(work.resolve("demo.bin")).isNotEmptyFile();
        assertThat(doctor).contains("\"java_home\":\"" + System.getProperty("java.home") + "\"");
    }

    @Test
    void withoutAnyJavaTheScriptSaysSoInOneLineAndExits2() throws Exception {
        Path home = Archives.untar(Archives.archive(".tar.gz"), dir);

        Archives.Result result = Archives.run(home, dir, Map.of("PATH", NO_JAVA_ON_PATH), "demo");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("omvio: no Java found: install Java 17 or later, or set JAVA_HOME\n");
    }

    @Test
    void zipAndTarGzHoldTheScriptsAndEveryJarOfTheModulePath() throws Exception {
        String base = Archives.PREFIX.getFileName() + "/";
        List<String> expected = new ArrayList<>(List.of(base + "bin/omvio", base + "bin/omvio.bat",
                base + "lib/omvio-distribution-" + version() + ".jar"));
        try (Stream<Path> jars = Files.list(Archives.PREFIX.resolveSibling("lib"))) {
            jars.forEach(jar -> expected.add(base + "lib/" + jar.getFileName()));
        }
        Collections.sort(expected);

        List<String> tar = Archives.listing(Archives.archive(".tar.gz"));
        assertThat(tar.stream().filter(line -> !line.startsWith("d")).map(line -> line.substring(line.lastIndexOf(' ') + 1)).sorted())
                .containsExactlyElementsOf(expected);
        assertThat(tar).anySatisfy(line -> assertThat(line).startsWith("-rwxr-xr-x").endsWith(" " + base + "bin/omvio"));
        try (ZipFile zip = new ZipFile(Archives.archive(".zip").toFile())) {
            assertThat(zip.stream().filter(entry -> !entry.isDirectory()).map(entry -> entry.getName()).sorted())
                    .containsExactlyElementsOf(expected);
            String bat = new String(zip.getInputStream(zip.getEntry(base + "bin/omvio.bat")).readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(bat.replace("\r\n", "")).as("CRLF line ends only").doesNotContain("\n").doesNotContain("\r");
            assertThat(bat).startsWith("@echo off\r\n").contains("--module dev.omvio.distribution/dev.omvio.cli.Omvio %*\r\n");
        }
    }

    private static String version() {
        return Archives.PREFIX.getFileName().toString().substring("omvio-".length());
    }
}
