package dev.omvio.bridge.javax.osgi;

import dev.omvio.bridge.javax.OpenMvImageReaderSpi;
import dev.omvio.bridge.javax.OpenMvImageWriterSpi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OSGi component's registration with the IIORegistry, and its declaration in the bundle
 * manifest bnd generated (booting a framework is a later issue's test).
 */
class ImageIoRegistrationTest {
    private final IIORegistry registry = IIORegistry.getDefaultInstance();

    @AfterEach
    void restoreClassPathProviders() {
        ImageIO.scanForPlugins();
    }

    @Test
    void activationRegistersBothProvidersAndDeactivationRemovesThem() {
        ImageIoRegistration component = new ImageIoRegistration();
        component.activate();
        OpenMvImageReaderSpi reader = registry.getServiceProviderByClass(OpenMvImageReaderSpi.class);
        OpenMvImageWriterSpi writer = registry.getServiceProviderByClass(OpenMvImageWriterSpi.class);
        assertThat(reader).isNotNull();
        assertThat(writer).isNotNull();
        assertThat(ImageIO.getImageReadersByFormatName("openmv").next().getOriginatingProvider()).isSameAs(reader);

        component.deactivate();

        assertThat(registry.getServiceProviderByClass(OpenMvImageReaderSpi.class)).isNull();
        assertThat(registry.getServiceProviderByClass(OpenMvImageWriterSpi.class)).isNull();
        assertThat(ImageIO.getImageReadersByFormatName("openmv").hasNext()).isFalse();
    }

    @Test
    void theBundleDeclaresTheComponent() throws Exception {
        Path classes = Path.of("target", "classes");
        Manifest manifest;
        try (InputStream in = Files.newInputStream(classes.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        String components = manifest.getMainAttributes().getValue("Service-Component");
        assertThat(components).isEqualTo("OSGI-INF/dev.omvio.bridge.javax.osgi.ImageIoRegistration.xml");
        assertThat(manifest.getMainAttributes().getValue("Export-Package")).startsWith("dev.omvio.bridge.javax;");
        String xml = Files.readString(classes.resolve(components), StandardCharsets.UTF_8);
        assertThat(xml).contains("immediate=\"true\"", "activate=\"activate\"", "deactivate=\"deactivate\"",
                "class=\"dev.omvio.bridge.javax.osgi.ImageIoRegistration\"");
    }

    @Test
    void theServiceFilesNameTheProviders() throws Exception {
        assertThat(resource("META-INF/services/javax.imageio.spi.ImageReaderSpi"))
                .isEqualToIgnoringWhitespace(OpenMvImageReaderSpi.class.getName());
        assertThat(resource("META-INF/services/javax.imageio.spi.ImageWriterSpi"))
                .isEqualToIgnoringWhitespace(OpenMvImageWriterSpi.class.getName());
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = ImageIoRegistrationTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
