/**
 * An example of a sensor driver in its own jar: the {@code ramp} driver. The JPMS
 * {@code provides} below makes it visible to {@code dev.omvio.sensor.Sensors} on the module
 * path, {@code META-INF/services} does the same on the class path, and the OSGi component
 * registers it in a framework.
 */
module dev.omvio.examples.sensor {
    requires dev.omvio.api;
    requires static org.osgi.service.component.annotations;

    provides dev.omvio.sensor.spi.SensorDriver with dev.omvio.examples.sensor.RampDriver;
}
