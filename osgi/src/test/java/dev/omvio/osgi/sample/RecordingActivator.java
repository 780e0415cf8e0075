package dev.omvio.osgi.sample;

import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.spi.DriverOptions;
import dev.omvio.sensor.spi.SensorDriver;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ManualClock;
import dev.omvio.stream.StreamMode;
import dev.omvio.stream.spi.FileStreamProvider;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import java.nio.file.Path;

/**
 * A sample application bundle: when it starts, it records ten frames from the synthetic
 * sensor to the file named by the framework property {@code omvio.sample.output}, using only
 * OSGi services (the sensor driver and the file stream engine).
 */
public final class RecordingActivator implements BundleActivator {
    public static final int FRAMES = 10;

    @Override
    public void start(BundleContext context) throws Exception {
        Path output = Path.of(context.getProperty("omvio.sample.output"));
        ManualClock clock = new ManualClock(0); // the sensor's pacing moves it: no real waiting
        SensorDriver synthetic = service(context, SensorDriver.class,
                "(component.name=dev.omvio.sensors.synthetic.SyntheticDriver)");
        FileStreamProvider files = service(context, FileStreamProvider.class, null);
        try (Sensor sensor = synthetic.open(DriverOptions.parse("pattern=bars,fps=30"), clock);
             ImageStream out = files.open(output, StreamMode.WRITE, clock)) {
            for (int frame = 0; frame < FRAMES; frame++) {
                out.write(sensor.snapshot());
            }
        }
    }

    @Override
    public void stop(BundleContext context) {
        // Everything was done in start.
    }

    private static <T> T service(BundleContext context, Class<T> type, String filter) throws Exception {
        ServiceReference<T> reference = context.getServiceReferences(type, filter).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " service " + filter));
        return context.getService(reference);
    }
}
