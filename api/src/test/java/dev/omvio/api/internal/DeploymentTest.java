package dev.omvio.api.internal;

import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.PixelFormat;
import org.junit.jupiter.api.Test;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The advice of the API's errors names the runtime it runs in. The tests run on the class path
 * (this module has no codecs); the module path is a layer made of the API's own classes. The
 * OSGi case is in the osgi module's BundlesIT, inside real frameworks (Felix and Equinox).
 */
class DeploymentTest {
    @Test
    void onTheClassPathTheAdviceNamesTheJarAndTheClassPath() {
        assertThat(Deployment.current()).isEqualTo(Deployment.CLASS_PATH);
        assertThatThrownBy(() -> PixelCodecs.decoder(PixelFormat.JPEG)).isInstanceOf(IllegalStateException.class)
                .hasMessage("no codec decodes JPEG: put omvio-codecs.jar (module dev.omvio.codecs) on the class path");
    }

    @Test
    void onTheModulePathTheAdviceNamesTheModuleAndTheModulePath() throws Exception {
        Path classes = Path.of(PixelCodecs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration = boot.configuration()
                .resolve(ModuleFinder.of(classes), ModuleFinder.of(), Set.of("dev.omvio.api"));
        ClassLoader api = boot.defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader())
                .findLoader("dev.omvio.api");
        Class<?> codecs = api.loadClass("dev.omvio.codec.PixelCodecs");
        assertThat(codecs.getModule().isNamed()).isTrue();
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object jpeg = Enum.valueOf((Class) api.loadClass("dev.omvio.image.PixelFormat"), "JPEG");

        assertThatThrownBy(() -> invoke(codecs, jpeg)).isInstanceOf(IllegalStateException.class)
                .hasMessage("no codec decodes JPEG: put module dev.omvio.codecs (omvio-codecs.jar) on the module path");
    }

    @Test
    void inOsgiTheAdviceNamesTheBundleAndDeclarativeServices() {
        assertThat(Deployment.OSGI.advice("dev.omvio.codecs", "omvio-codecs")).isEqualTo(
                "install and start bundle dev.omvio.codecs (omvio-codecs.jar) and a Declarative Services runtime"
                        + " such as Apache Felix SCR");
    }

    private static void invoke(Class<?> codecs, Object format) throws Throwable {
        try {
            codecs.getMethod("decoder", format.getClass()).invoke(null, format);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
