package dev.omvio.sensor;

import dev.omvio.image.PixelFormat;

import java.util.Objects;
import java.util.Set;

/**
 * What a sensor can do: the pixel formats it delivers, the settings it lets callers change and
 * its limits. A setting outside these is refused: an unsupported control with
 * {@link UnsupportedOperationException}, a value out of range with {@link IllegalArgumentException}.
 *
 * @param pixelFormats the formats frames can have, at least one
 * @param controls the settings that can be changed
 * @param maxFrameSize the largest frame size
 * @param maxFrameRate the highest frame rate in frames per second, or 0 for a sensor whose
 *     source sets its own timing (a replay)
 */
public record SensorCapabilities(
        Set<PixelFormat> pixelFormats, Set<SensorControl> controls, FrameSize maxFrameSize, int maxFrameRate) {

    /**
     * @param pixelFormats the pixel formats the sensor delivers
     * @param controls the settings that can be changed
     * @param maxFrameSize the largest frame size
     * @param maxFrameRate the highest frame rate, frames per second
     * @throws IllegalArgumentException naming the value if there is no format or the rate is negative
     */
    public SensorCapabilities {
        pixelFormats = Set.copyOf(pixelFormats);
        controls = Set.copyOf(controls);
        Objects.requireNonNull(maxFrameSize, "maxFrameSize");
        if (pixelFormats.isEmpty()) {
            throw new IllegalArgumentException("a sensor needs at least one pixel format");
        }
        if (maxFrameRate < 0) {
            throw new IllegalArgumentException("maximum frame rate must be 0 or positive, got " + maxFrameRate);
        }
    }

    /**
     * {@return whether {@code control} can be changed}
     *
     * @param control a setting
     */
    public boolean supports(SensorControl control) {
        return controls.contains(control);
    }

    /**
     * {@return whether frames can have {@code format}}
     *
     * @param format a pixel format
     */
    public boolean supports(PixelFormat format) {
        return pixelFormats.contains(format);
    }
}
