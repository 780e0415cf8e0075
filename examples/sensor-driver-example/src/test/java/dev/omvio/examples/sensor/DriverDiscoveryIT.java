package dev.omvio.examples.sensor;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged driver jar, put beside omvio-api and omvio-sensors in a JVM of its own, is found
 * by name and delivers frames: through META-INF/services on the class path and through JPMS
 * {@code provides} on the module path. The same jar is an OSGi bundle with its component.
 */
class DriverDiscoveryIT {
    // 1 fps: the probe prints its first frame well within the second, so its next snapshot gets
    // frame 1. (A caller later than a frame's time misses it, as on a camera: at 100 fps a cold
    // JVM's first print already costs frames.)
    private static final String SPEC = "ramp:step=3,fps=1,size=4x2";
    private static final List<String> EXPECTED = List.of(
            "drivers=openmv,ramp,replay,synthetic",
            "frame=4x2 GRAYSCALE (8 bytes, frame buffer) data=0 1 2 3 0 1 2 3",
            "frame=4x2 GRAYSCALE (8 bytes, frame buffer) data=3 4 5 6 3 4 5 6");

    @Test
    void isFoundOnTheClassPathFromItsOwnJar() throws Exception {
        assertThat(runProbe("--class-path")).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void isFoundOnTheModulePathThroughProvides() throws Exception {
        assertThat(runProbe("--module-path", "--add-modules", "ALL-MODULE-PATH")).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void theJarIsAnOsgiBundleWithItsComponentAndServiceFile() throws IOException {
        try (JarFile jar = new JarFile(exampleJar().toFile())) {
            Manifest manifest = jar.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Bundle-SymbolicName")).isEqualTo("dev.omvio.examples.sensor");
            assertThat(manifest.getMainAttributes().getValue("Service-Component"))
                    .isEqualTo("OSGI-INF/dev.omvio.examples.sensor.RampDriverComponent.xml");
            assertThat(manifest.getMainAttributes().getValue("Import-Package")).contains("dev.omvio.sensor.spi");
            assertThat(jar.getEntry("OSGI-INF/dev.omvio.examples.sensor.RampDriverComponent.xml")).isNotNull();
            assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/services/dev.omvio.sensor.spi.SensorDriver"))
                    .readAllBytes(), StandardCharsets.UTF_8).trim()).isEqualTo("dev.omvio.examples.sensor.RampDriver");
            assertThat(jar.getEntry("module-info.class")).isNotNull();
        }
    }

    private static List<String> runProbe(String pathOption, String... more) throws Exception {
        String omvioJars = Files.readString(Path.of(System.getProperty("omvio.classpath.file"))).trim();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(pathOption);
        command.add(exampleJar() + File.pathSeparator + omvioJars);
        command.addAll(List.of(more));
        command.add(System.getProperty("probe.source"));
        command.add(SPEC);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text.lines().toList();
    }

    private static Path exampleJar() {
        return Path.of(System.getProperty("example.jar"));
    }
}
