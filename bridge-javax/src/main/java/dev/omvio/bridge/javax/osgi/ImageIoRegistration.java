package dev.omvio.bridge.javax.osgi;

import dev.omvio.bridge.javax.OpenMvImageReaderSpi;
import dev.omvio.bridge.javax.OpenMvImageWriterSpi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;

/**
 * Registers the OpenMV reader and writer providers with the default {@link IIORegistry} while
 * the bundle is active. Immediate and providing no service: it exists for its side effect.
 */
@Component(immediate = true, service = {})
public final class ImageIoRegistration {
    private final ImageReaderSpi reader = new OpenMvImageReaderSpi();
    private final ImageWriterSpi writer = new OpenMvImageWriterSpi();

    /** Created by the component runtime. */
    public ImageIoRegistration() {
        // the providers are created with the component
    }

    @Activate
    void activate() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        registry.registerServiceProvider(reader, ImageReaderSpi.class);
        registry.registerServiceProvider(writer, ImageWriterSpi.class);
    }

    @Deactivate
    void deactivate() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        registry.deregisterServiceProvider(reader, ImageReaderSpi.class);
        registry.deregisterServiceProvider(writer, ImageWriterSpi.class);
    }
}
