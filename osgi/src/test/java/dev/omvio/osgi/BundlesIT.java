package dev.omvio.osgi;

import dev.omvio.osgi.sample.RecordingActivator;
import dev.omvio.osgi.thirdparty.NegativeCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWiring;

import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.omvio.osgi.OsgiFramework.call;
import static dev.omvio.osgi.OsgiFramework.callStatic;
import static dev.omvio.osgi.OsgiFramework.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * omvio's bundles in a real OSGi framework with Felix SCR, installed from the runtime's bundle
 * folder as built. The build runs these tests twice: on Apache Felix, the runtime's framework,
 * and on Eclipse Equinox, the framework of Eclipse-based platforms (failsafe executions
 * {@code felix} and {@code equinox}, each with only its framework on the class path, named by
 * {@code omvio.osgi.framework}, the system bundle's symbolic name). The test's own class path holds none of omvio's jars:
 * everything omvio runs here is loaded by the framework.
 */
class BundlesIT {
    private static final String FRAMEWORK = System.getProperty("omvio.osgi.framework");
    private static final Path BUNDLES = Path.of(System.getProperty("omvio.osgi.runtime"), "bundle");
    private static final Path EXAMPLE_DRIVER = Path.of(System.getProperty("omvio.example.driver"));
    private static final List<String> OMVIO = List.of("dev.omvio.api", "dev.omvio.core.file",
            "dev.omvio.core.memory", "dev.omvio.codecs", "dev.omvio.sensors", "dev.omvio.bridge.javax");

    // Named, not loaded: the codec's interfaces exist only inside the framework.
    private static final String NEGATIVE_CODEC = "dev.omvio.osgi.thirdparty.NegativeCodec";

    @TempDir
    Path dir;

    private OsgiFramework framework;

    @BeforeEach
    void startFramework() throws Exception {
        framework = OsgiFramework.start(dir.resolve("cache"), Map.of(
                "gosh.args", "--nointeractive",
                "omvio.sample.output", dir.resolve("sample.bin").toString()));
        framework.installAndStartAll(BUNDLES);
    }

    @AfterEach
    void stopFramework() throws Exception {
        framework.close();
    }

    @Test
    void theFrameworkIsTheOneThisRunIsFor() {
        assertThat(framework.implementation()).isEqualTo(FRAMEWORK);
    }

    @Test
    void everyBundleIsActiveAndEnginesCodecsAndDriversAreServices() throws Exception {
        for (Bundle bundle : framework.context().getBundles()) {
            assertThat(bundle.getState()).as(bundle.getSymbolicName()).isEqualTo(Bundle.ACTIVE);
        }
        assertThat(Stream.of(framework.context().getBundles()).map(Bundle::getSymbolicName)).containsAll(OMVIO);
        assertThat(eventually(() -> components("dev.omvio.codec.spi.PixelCodec").size() == 5)).isTrue();
        assertThat(components("dev.omvio.stream.spi.FileStreamProvider"))
                .containsExactly("dev.omvio.core.file.FileStreamEngine");
        assertThat(components("dev.omvio.stream.spi.MemoryStreamProvider"))
                .containsExactly("dev.omvio.core.memory.MemoryStreamEngine");
        assertThat(components("dev.omvio.codec.spi.PixelCodec")).containsExactlyInAnyOrder(
                "dev.omvio.codecs.raw.RawCodec", "dev.omvio.codecs.bayer.BayerCodec",
                "dev.omvio.codecs.jpeg.TurboJpegCodec", "dev.omvio.codecs.jpeg.JdkJpegCodec",
                "dev.omvio.codecs.png.PngCodec");
        assertThat(components("dev.omvio.sensor.spi.SensorDriver")).containsExactlyInAnyOrder(
                "dev.omvio.sensors.synthetic.SyntheticDriver", "dev.omvio.sensors.replay.ReplayDriver",
                "dev.omvio.sensors.openmv.OpenMvDriver");
        assertThat(codecNames()).hasSize(5);
        assertThat(driverNames()).containsExactlyInAnyOrder("synthetic", "replay", "openmv");
        assertThat(bridgeProviders()).hasSize(2);
        // The bridge's classes extend TwelveMonkeys' base classes, imported from its imageio-core bundle.
        assertThat(framework.bundle("dev.omvio.bridge.javax").adapt(BundleWiring.class)
                .getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE).stream()
                .filter(wire -> String.valueOf(wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))
                        .startsWith("com.twelvemonkeys."))
                .map(wire -> wire.getProvider().getBundle().getSymbolicName()).distinct())
                .containsExactly("com.twelvemonkeys.imageio.core");
    }

    @Test
    void aSampleApplicationRecordsFromTheSyntheticSensorThroughTheServices() throws Exception {
        Path sample = TestBundles.build(dir.resolve("sample.jar"), Map.of(
                "Bundle-SymbolicName", "dev.omvio.osgi.sample",
                "Bundle-Activator", RecordingActivator.class.getName(),
                "Import-Package", "org.osgi.framework, dev.omvio.image, dev.omvio.sensor, dev.omvio.sensor.spi,"
                        + " dev.omvio.stream, dev.omvio.stream.spi"),
                Map.of(), RecordingActivator.class.getName());

        framework.install(sample).start();

        // Ten QVGA RGB565 frames of the synthetic sensor at 30 fps, by FORMAT.md: the 16-byte
        // magic, then per frame a 32-byte header and 320 * 240 * 2 = 153 600 data bytes, a
        // multiple of 16 and so unpadded. The sensor paces frame k to k / 30 s on the clock, so
        // the first frame comes at once and each next one 33.3 ms later; the file stores the
        // differences of the times in whole ms, as the firmware's ticks: 0, 33, 66, 100, 133 ...
        // gives 0, 33, 33, 34, 33, 33, 34, 33, 33, 34.
        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("sample.bin"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(file.capacity()).isEqualTo(16 + RecordingActivator.FRAMES * (32 + 153_600));
        assertThat(new String(file.array(), 0, 16, StandardCharsets.US_ASCII)).isEqualTo("OMV IMG STR V2.0");
        for (int frame = 0; frame < RecordingActivator.FRAMES; frame++) {
            int header = 16 + frame * (32 + 153_600);
            assertThat(file.getInt(header)).as("interval ms").isEqualTo(frame == 0 ? 0 : frame % 3 == 0 ? 34 : 33);
            assertThat(file.getInt(header + 4)).isEqualTo(320);
            assertThat(file.getInt(header + 8)).isEqualTo(240);
            assertThat(file.getInt(header + 12)).isEqualTo(0x0C030002);
        }
    }

    @Test
    void aThirdPartyCodecBundleTakesOverWhileInstalledAndLeavesNothingBehind() throws Exception {
        Path codec = TestBundles.build(dir.resolve("codec.jar"), Map.of(
                "Bundle-SymbolicName", "com.example.negative",
                "Import-Package", "dev.omvio.codec, dev.omvio.codec.spi, dev.omvio.image",
                "Service-Component", "OSGI-INF/negative.xml"),
                Map.of("OSGI-INF/negative.xml", """
                        <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="negative"
                            immediate="true" activate="activate" deactivate="deactivate">
                          <service><provide interface="dev.omvio.codec.spi.PixelCodec"/></service>
                          <implementation class="dev.omvio.osgi.thirdparty.NegativeCodec"/>
                        </scr:component>
                        """),
                NEGATIVE_CODEC);
        assertThat(greyDecoder()).isNotEqualTo(NegativeCodec.NAME);

        Bundle bundle = framework.install(codec);
        bundle.start();
        assertThat(eventually(() -> NegativeCodec.NAME.equals(greyDecoderOrNull()))).isTrue();
        assertThat(components("dev.omvio.codec.spi.PixelCodec")).contains("negative").hasSize(6);
        WeakReference<ClassLoader> loader = new WeakReference<>(
                bundle.loadClass(NEGATIVE_CODEC).getClassLoader());

        bundle.uninstall();
        framework.refresh(List.of(bundle));

        assertThat(greyDecoder()).isNotEqualTo(NegativeCodec.NAME);
        assertThat(components("dev.omvio.codec.spi.PixelCodec")).doesNotContain("negative").hasSize(5);
        assertThat(codecNames()).hasSize(5);
        assertThat(eventually(() -> {
            System.gc();
            return loader.get() == null;
        })).as("the uninstalled bundle's class loader is collected").isTrue();
    }

    @Test
    void aThirdPartyDriverBundleIsFoundByNameWhileInstalled() throws Exception {
        Bundle bundle = framework.install(EXAMPLE_DRIVER);
        bundle.start();
        assertThat(eventually(() -> driverNamesOrEmpty().contains("ramp"))).isTrue();

        bundle.uninstall();
        framework.refresh(List.of(bundle));

        assertThat(driverNames()).containsExactlyInAnyOrder("synthetic", "replay", "openmv");
    }

    @Test
    void stoppingAndRestartingTheBundlesLeavesNoRegistrationBehind() throws Exception {
        List<Bundle> omvio = new ArrayList<>();
        for (String name : OMVIO.subList(1, OMVIO.size())) {
            omvio.add(framework.bundle(name));
        }
        for (Bundle bundle : omvio) {
            bundle.stop();
        }
        assertThat(components("dev.omvio.codec.spi.PixelCodec")).isEmpty();
        assertThat(components("dev.omvio.stream.spi.FileStreamProvider")).isEmpty();
        assertThat(components("dev.omvio.sensor.spi.SensorDriver")).isEmpty();
        assertThat(codecNames()).isEmpty();
        assertThat(driverNames()).isEmpty();
        assertThat(bridgeProviders()).isEmpty();
        // Inside OSGi the API's advice is about bundles, not class or module paths.
        assertThat(greyDecoderFailure()).isEqualTo("no codec decodes GRAYSCALE: install and start bundle"
                + " dev.omvio.codecs (omvio-codecs.jar) and a Declarative Services runtime such as Apache Felix SCR");

        for (Bundle bundle : omvio) {
            bundle.start();
        }
        assertThat(eventually(() -> components("dev.omvio.codec.spi.PixelCodec").size() == 5)).isTrue();
        assertThat(codecNames()).hasSize(5);
        assertThat(driverNames()).containsExactlyInAnyOrder("synthetic", "replay", "openmv");
        assertThat(bridgeProviders()).hasSize(2);
    }

    private List<String> components(String type) {
        return framework.components(type);
    }

    private List<String> codecNames() throws Exception {
        List<String> names = new ArrayList<>();
        for (Object codec : (List<?>) callStatic(framework.bundle("dev.omvio.api"), "dev.omvio.codec.PixelCodecs", "all")) {
            names.add((String) call(codec, "name"));
        }
        return names;
    }

    private List<String> driverNames() throws Exception {
        List<String> names = new ArrayList<>();
        for (Object driver : (List<?>) callStatic(framework.bundle("dev.omvio.api"), "dev.omvio.sensor.Sensors", "drivers")) {
            names.add((String) call(driver, "name"));
        }
        return names;
    }

    private List<String> driverNamesOrEmpty() {
        try {
            return driverNames();
        } catch (Exception e) {
            return List.of();
        }
    }

    private String greyDecoder() throws Exception {
        Bundle api = framework.bundle("dev.omvio.api");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object grey = Enum.valueOf((Class) api.loadClass("dev.omvio.image.PixelFormat"), "GRAYSCALE");
        return (String) call(callStatic(api, "dev.omvio.codec.PixelCodecs", "decoder", grey), "name");
    }

    private String greyDecoderFailure() {
        try {
            return "no failure but " + greyDecoder();
        } catch (java.lang.reflect.InvocationTargetException e) {
            return e.getCause().getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String greyDecoderOrNull() {
        try {
            return greyDecoder();
        } catch (Exception e) {
            return null;
        }
    }

    /** omvio's javax.imageio providers in the JVM's registry, loaded by the bridge bundle. */
    private static List<Object> bridgeProviders() {
        List<Object> providers = new ArrayList<>();
        for (Class<?> category : List.of(ImageReaderSpi.class, ImageWriterSpi.class)) {
            Iterator<?> all = IIORegistry.getDefaultInstance().getServiceProviders(category, false);
            all.forEachRemaining(provider -> {
                if (provider.getClass().getName().startsWith("dev.omvio.")) {
                    providers.add(provider);
                }
            });
        }
        return providers;
    }
}
