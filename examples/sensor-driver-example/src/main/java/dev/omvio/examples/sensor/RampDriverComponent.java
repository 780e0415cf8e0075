package dev.omvio.examples.sensor;

import dev.omvio.sensor.Sensors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Hands the driver to {@link Sensors} while this bundle is active in an OSGi framework, where
 * {@link java.util.ServiceLoader} does not see other bundles. bnd turns the annotations into
 * the bundle's Declarative Services component description.
 */
@Component(immediate = true, service = {})
public final class RampDriverComponent {
    private final RampDriver driver = new RampDriver();

    /** Registers the driver when the component activates. */
    @Activate
    public void activate() {
        Sensors.register(driver);
    }

    /** Withdraws the driver when the component deactivates. */
    @Deactivate
    public void deactivate() {
        Sensors.unregister(driver);
    }
}
