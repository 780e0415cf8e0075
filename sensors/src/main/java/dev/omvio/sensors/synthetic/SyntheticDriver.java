package dev.omvio.sensors.synthetic;

import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.Sensors;
import dev.omvio.sensor.spi.DriverOptions;
import dev.omvio.sensor.spi.SensorDriver;
import dev.omvio.stream.StreamClock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The {@code synthetic} driver. Options: {@code pattern} ({@code bars}, {@code shapes} or
 * {@code noise}; default bars), {@code seed} (for noise; default 0), {@code fps} (default 30),
 * {@code format} (a {@link PixelFormat} name; default RGB565) and {@code size} (a
 * {@link FrameSize} name or {@code WxH}; default QVGA). For example
 * {@code "synthetic:pattern=noise,seed=7,format=bayer_rggb,size=160x120"}.
 */
@Component(service = SensorDriver.class, immediate = true)
public final class SyntheticDriver implements SensorDriver {
    /** Inside OSGi: hands the driver to {@link Sensors}, which does not see other bundles' services. */
    @Activate
    void activate() {
        Sensors.register(this);
    }

    @Deactivate
    void deactivate() {
        Sensors.unregister(this);
    }

    /** The driver's name. */
    public static final String NAME = "synthetic";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "deterministic scenes: pattern=bars|shapes|noise, seed=<long>, fps=<int>, format=<pixel format>, size=<QVGA|WxH>";
    }

    @Override
    public Sensor open(DriverOptions options, StreamClock clock) {
        options.requireOnly("pattern", "seed", "fps", "format", "size");
        Pattern pattern = options.convert("pattern", Pattern.BARS, Pattern::forName, "bars, shapes or noise");
        long seed = options.longInteger("seed", 0);
        int fps = options.integer("fps", 30);
        PixelFormat format = options.convert("format", PixelFormat.RGB565, PixelFormat::forName, "a pixel format");
        FrameSize size = options.convert("size", FrameSize.QVGA, FrameSize::forName, "a frame size");
        checkInRange(fps, SyntheticSensor.CAPABILITIES.maxFrameRate());
        return new SyntheticSensor(pattern.scene(seed), format, size, fps, clock);
    }

    private static void checkInRange(int fps, int max) {
        if (fps <= 0 || fps > max) {
            throw new IllegalArgumentException("sensor option fps='" + fps + "' is not 1.." + max);
        }
    }
}
