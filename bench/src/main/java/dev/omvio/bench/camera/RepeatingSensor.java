package dev.omvio.bench.camera;

import dev.omvio.image.Image;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.SensorCapabilities;
import dev.omvio.sensor.spi.AbstractSensor;
import dev.omvio.sensor.spi.SensorDefaults;

import java.util.EnumSet;
import java.util.Set;

/** A sensor that gives the same frame at once, every time: the emulator then never waits for a frame. */
final class RepeatingSensor extends AbstractSensor {
    private final Image frame;

    RepeatingSensor(Image frame) {
        super("repeat", new SensorCapabilities(EnumSet.of(frame.format()), Set.of(),
                new FrameSize(frame.width(), frame.height()), 0),
                new SensorDefaults(frame.format(), new FrameSize(frame.width(), frame.height()), 0, 0.0, 0));
        this.frame = frame;
    }

    @Override
    protected Image capture(boolean copyToFb) {
        return frame;
    }
}
