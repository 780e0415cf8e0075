package dev.omvio.codecs.jpeg;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * OSGi only: enables the {@link TurboJpegCodec} component when libjpeg-turbo is loaded, so that
 * its {@code PixelCodec} service exists only then. Without JNA or the library the component
 * stays disabled and the JDK's codec serves JPEG. Stopping the bundle disposes of both.
 */
@Component(immediate = true, service = {})
public final class TurboJpegSwitch {
    /** Called by OSGi's component runtime. */
    public TurboJpegSwitch() {
    }

    @Activate
    void activate(ComponentContext context) {
        if (TurboJpeg.isLoaded()) {
            context.enableComponent(TurboJpegCodec.class.getName());
        }
    }
}
