package dev.omvio.sensor.spi;

import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;

import java.util.Objects;

/**
 * The settings a sensor starts with and returns to on {@link dev.omvio.sensor.Sensor#reset()}.
 *
 * @param pixelFormat the pixel format
 * @param frameSize the frame size (the window starts as the whole frame)
 * @param frameRate frames per second, or 0 for a source that sets its own timing
 * @param gainDb gain in decibels (ignored when the driver does not support gain)
 * @param exposureUs exposure in microseconds (ignored when the driver does not support exposure)
 */
public record SensorDefaults(PixelFormat pixelFormat, FrameSize frameSize, int frameRate, double gainDb, long exposureUs) {
    /**
     * @param pixelFormat the pixel format at open and after reset
     * @param frameSize the frame size at open and after reset
     * @param frameRate the frame rate at open and after reset, frames per second
     * @param gainDb the gain in decibels at open and after reset
     * @param exposureUs the exposure time in microseconds at open and after reset
     * @throws IllegalArgumentException naming the value if the frame rate is negative
     */
    public SensorDefaults {
        Objects.requireNonNull(pixelFormat, "pixelFormat");
        Objects.requireNonNull(frameSize, "frameSize");
        if (frameRate < 0) {
            throw new IllegalArgumentException("frame rate must be 0 or positive, got " + frameRate);
        }
    }
}
