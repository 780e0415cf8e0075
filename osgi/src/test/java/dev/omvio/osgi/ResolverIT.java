package dev.omvio.osgi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.omvio.osgi.OsgiFramework.call;
import static dev.omvio.osgi.OsgiFramework.callStatic;
import static dev.omvio.osgi.OsgiFramework.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * bnd's resolver, run by this module's build on {@code bridge.bndrun} (the bridge and nothing
 * else), against every bundle this module depends on: what it chose, and that exactly that set
 * works in a framework. The codecs bundle exports no package, so nothing but the bridge's
 * requirement on a {@code PixelCodec} service can have brought it.
 */
class ResolverIT {
    private static final Path RESOLVED = Path.of(System.getProperty("omvio.osgi.resolved"));
    private static final Path BUNDLES = Path.of(System.getProperty("omvio.osgi.runtime"), "bundle");
    private static final Pattern RUN_BUNDLE = Pattern.compile("^\\s*([\\w.]+);version=", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void theResolverBringsTheCodecsDeclarativeServicesAndTwelveMonkeysForTheBridgeAndNothingElse() throws IOException {
        // TwelveMonkeys' imageio-core (the bridge's base classes) and the common bundles it
        // imports; imageio-core requires the Service Loader Mediator's registrar, which Aries
        // SPI Fly provides with the ASM bundles it imports.
        assertThat(runBundles()).containsExactlyInAnyOrder("dev.omvio.bridge.javax", "dev.omvio.api",
                "dev.omvio.core.file", "dev.omvio.codecs", "org.apache.felix.scr", "org.osgi.service.component",
                "org.osgi.util.promise", "org.osgi.util.function",
                "com.twelvemonkeys.imageio.core", "com.twelvemonkeys.common.lang",
                "com.twelvemonkeys.common.io", "com.twelvemonkeys.common.image",
                "org.apache.aries.spifly.dynamic.bundle", "org.objectweb.asm", "org.objectweb.asm.commons",
                "org.objectweb.asm.tree", "org.objectweb.asm.tree.analysis", "org.objectweb.asm.util");
    }

    @Test
    void theResolvedBundlesReadARecordingWithImageIoAndWithoutJnaHaveNoTurboJpegService() throws Exception {
        Map<String, Path> jars = bundleJarsByName();
        // A 4x2 GRAYSCALE frame in a V1.1 file (docs/FORMAT.md): the magic, a 16-byte header
        // (interval 0, width 4, height 2, bpp 1 = GRAYSCALE), 4 * 2 = 8 data bytes and 8 bytes
        // of padding to a multiple of 16.
        ByteBuffer file = ByteBuffer.allocate(16 + 16 + 16).order(ByteOrder.LITTLE_ENDIAN);
        file.put("OMV IMG STR V1.1".getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(4).putInt(2).putInt(1);
        file.put(new byte[] {0, 10, 20, 30, 40, 50, 60, 70});
        Path recording = Files.write(dir.resolve("grey.bin"), file.array());

        try (OsgiFramework framework = OsgiFramework.start(dir.resolve("cache"), Map.of())) {
            List<Bundle> bundles = new ArrayList<>();
            for (String name : runBundles()) {
                bundles.add(framework.install(jars.get(name)));
            }
            for (Bundle bundle : bundles) {
                bundle.start();
            }
            assertThat(eventually(() -> framework.components("dev.omvio.codec.spi.PixelCodec").size() == 4)).isTrue();

            BufferedImage image = ImageIO.read(recording.toFile());

            assertThat(image.getWidth()).isEqualTo(4);
            assertThat(image.getHeight()).isEqualTo(2);
            for (int i = 0; i < 8; i++) {
                assertThat(image.getRaster().getSample(i % 4, i / 4, 0)).as("pixel %d", i).isEqualTo(10 * i);
            }
            // JNA is optional for the codecs and was not resolved: libjpeg-turbo cannot load, so
            // its component stays disabled and registers no service; the JDK's codec serves JPEG.
            assertThat(framework.components("dev.omvio.codec.spi.PixelCodec")).containsExactlyInAnyOrder(
                    "dev.omvio.codecs.raw.RawCodec", "dev.omvio.codecs.bayer.BayerCodec",
                    "dev.omvio.codecs.jpeg.JdkJpegCodec", "dev.omvio.codecs.png.PngCodec");
            List<String> codecs = new ArrayList<>();
            for (Object codec : (List<?>) callStatic(framework.bundle("dev.omvio.api"), "dev.omvio.codec.PixelCodecs", "all")) {
                codecs.add((String) call(codec, "name"));
            }
            assertThat(codecs).hasSize(4).doesNotContain("libjpeg-turbo");
        }
    }

    /** The symbolic names of the resolved {@code -runbundles}. */
    private static List<String> runBundles() throws IOException {
        String run = Files.readString(RESOLVED);
        String list = run.substring(run.indexOf("-runbundles:"));
        List<String> names = new ArrayList<>();
        Matcher bundle = RUN_BUNDLE.matcher(list.substring(list.indexOf('\n')));
        while (bundle.find()) {
            names.add(bundle.group(1));
        }
        return names;
    }

    /** The runtime's bundle jars by symbolic name. */
    private static Map<String, Path> bundleJarsByName() throws IOException {
        Map<String, Path> jars = new HashMap<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path jar : files.toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    String name = file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
                    jars.put(name.split(";")[0].trim(), jar);
                }
            }
        }
        return jars;
    }
}
