package dev.omvio.sensors.synthetic;

import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.SensorCapabilities;
import dev.omvio.sensor.SensorControl;
import dev.omvio.sensor.spi.ArgbSensor;
import dev.omvio.sensor.spi.SensorDefaults;
import dev.omvio.stream.StreamClock;

import java.util.EnumSet;
import java.util.Set;

/**
 * A sensor showing a {@link Scene}. Gain and exposure act as on a real sensor: each colour
 * channel is scaled by {@code 10^(gain/20) * exposure / 10 ms} and clipped at 255, so the
 * defaults (0 dB, 10 ms) show the scene as drawn.
 */
final class SyntheticSensor extends ArgbSensor {
    static final long REFERENCE_EXPOSURE_US = 10_000;
    static final SensorCapabilities CAPABILITIES = new SensorCapabilities(
            formats(), EnumSet.allOf(SensorControl.class), FrameSize.WQXGA2, 1000);

    private final Scene scene;

    SyntheticSensor(Scene scene, PixelFormat format, FrameSize size, int fps, StreamClock clock) {
        super(SyntheticDriver.NAME, CAPABILITIES,
                new SensorDefaults(format, size, fps, 0.0, REFERENCE_EXPOSURE_US), clock);
        this.scene = scene;
    }

    @Override
    protected void render(long frameNumber, int[] argb, FrameSize size) {
        scene.render(frameNumber, argb, size);
        double brightness = Math.pow(10, gainDb() / 20) * exposureUs() / REFERENCE_EXPOSURE_US;
        if (brightness != 1.0) {
            expose(argb, (int) size.pixels(), brightness);
        }
    }

    private static void expose(int[] argb, int pixels, double brightness) {
        for (int i = 0; i < pixels; i++) {
            int pixel = argb[i];
            argb[i] = (pixel & 0xFF000000)
                    | scaled(pixel >>> 16, brightness) << 16
                    | scaled(pixel >>> 8, brightness) << 8
                    | scaled(pixel, brightness);
        }
    }

    private static int scaled(int channel, double brightness) {
        return (int) Math.min(255, (channel & 0xFF) * brightness);
    }

    // Every format a camera sensor delivers: all uncompressed ones and JPEG (PNG is a file
    // format of the IDE, not a sensor output).
    private static Set<PixelFormat> formats() {
        return EnumSet.complementOf(EnumSet.of(PixelFormat.PNG));
    }
}
