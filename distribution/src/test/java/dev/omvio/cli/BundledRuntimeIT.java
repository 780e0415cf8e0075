package dev.omvio.cli;

import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.PixelFormat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * omvio-VERSION-linux-x64.tar.gz: the tool with a Java runtime made by jlink of JDK modules
 * only. Its module list (omvio.runtime.modules in the pom) must hold every JDK module the
 * tool's module graph needs; unpacked, it runs with no Java on PATH and no JAVA_HOME.
 */
class BundledRuntimeIT {
    @TempDir
    Path dir;

    @BeforeAll
    static void onLinuxX64Only() {
        assumeTrue(System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"),
                "the linux-x64 archive is built on Linux x64 only");
    }

    /**
     * Resolves the tool's module path (lib/ and the tool's jar, every module a root, as service
     * binding would bring them all) against this JDK; the JDK modules in that graph must all be
     * in the runtime. Requires static (picocli's java.sql) are not needed, and so not counted.
     */
    @Test
    void theRuntimeHoldsEveryJdkModuleTheToolsModuleGraphNeeds() throws Exception {
        ModuleFinder tool = ModuleFinder.of(Stream.of(System.getProperty("omvio.modulePath").split(File.pathSeparator))
                .map(Path::of).toArray(Path[]::new));
        Set<String> roots = tool.findAll().stream().map(module -> module.descriptor().name()).collect(Collectors.toSet());
        Configuration graph = Configuration.resolve(tool, List.of(Configuration.empty()), ModuleFinder.ofSystem(), roots);
        Set<String> needed = graph.modules().stream().map(ResolvedModule::name).filter(name -> !roots.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> linked = runtimeModules(Archives.PREFIX.resolveSibling("runtime"));

        assertThat(needed).contains("java.base", "java.desktop", "java.logging");
        assertThat(linked).containsAll(needed);
        assertThat(linked).allSatisfy(name -> assertThat(ModuleFinder.ofSystem().find(name)).as("a JDK module").isPresent());
        assertThat(Set.of(System.getProperty("omvio.runtimeModules").split(","))).isSubsetOf(linked);
    }

    @Test
    void unpackedItRunsDemoWithNoJavaOnPathAndNoJavaHome() throws Exception {
        Path home = Archives.untar(Archives.archive("-linux-x64.tar.gz"), dir);
        Path work = Files.createDirectory(dir.resolve("work"));
        Map<String, String> env = Map.of("PATH", "/nonexistent");

        Archives.run(home, work, env, "demo").succeeded();
        String doctor = Archives.run(home, work, env, "doctor", "--json").succeeded().out();

        assertThat(work.resolve("demo.bin")).isNotEmptyFile();
        assertThat(doctor).contains("\"java_home\":\"" + home.resolve("runtime").toRealPath() + "\"",
                "\"jpeg_codec\":\"" + expectedJpegCodec() + "\"");
        assertThat(Archives.files(home.resolve("lib"))).isEqualTo(Archives.files(
                Archives.untar(Archives.archive(".tar.gz"), Files.createDirectory(dir.resolve("portable"))).resolve("lib")));
    }

    /** libjpeg-turbo wherever this JVM loads it (always in CI, which installs it), else the JDK's codec. */
    private static String expectedJpegCodec() {
        String here = PixelCodecs.decoder(PixelFormat.JPEG).name();
        if ("true".equals(System.getenv("CI"))) {
            assertThat(here).as("CI installs libturbojpeg").isEqualTo("libjpeg-turbo");
        }
        return here;
    }

    private static Set<String> runtimeModules(Path runtime) throws Exception {
        Properties release = new Properties();
        try (var in = Files.newBufferedReader(runtime.resolve("release"))) {
            release.load(in);
        }
        String modules = release.getProperty("MODULES");
        assertThat(modules).as("MODULES in %s/release", runtime).isNotNull();
        return new TreeSet<>(List.of(modules.replace("\"", "").split(" ")));
    }
}
