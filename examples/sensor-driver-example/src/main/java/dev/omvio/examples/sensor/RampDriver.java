package dev.omvio.examples.sensor;

import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.spi.DriverOptions;
import dev.omvio.sensor.spi.SensorDriver;
import dev.omvio.stream.StreamClock;

/**
 * The {@code ramp} driver. Options: {@code step} (grey levels the ramp scrolls per frame;
 * default 1), {@code fps} (default 10) and {@code size} (a frame size name or {@code WxH};
 * default QQVGA). For example {@code "ramp:step=4,fps=30,size=64x8"}.
 */
public final class RampDriver implements SensorDriver {
    /** The driver's name. */
    public static final String NAME = "ramp";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a scrolling grey ramp: step=<int>, fps=<int>, size=<QQVGA|WxH>";
    }

    @Override
    public Sensor open(DriverOptions options, StreamClock clock) {
        options.requireOnly("step", "fps", "size");
        int step = options.integer("step", 1);
        int fps = options.integer("fps", 10);
        FrameSize size = options.convert("size", FrameSize.QQVGA, FrameSize::forName, "a frame size");
        if (fps <= 0 || fps > RampSensor.MAX_FRAME_RATE) {
            throw new IllegalArgumentException("sensor option fps='" + fps + "' is not 1.." + RampSensor.MAX_FRAME_RATE);
        }
        return new RampSensor(step, size, fps, clock);
    }
}
