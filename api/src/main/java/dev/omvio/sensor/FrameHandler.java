package dev.omvio.sensor;

import dev.omvio.image.Image;

import java.io.IOException;

/** Receives the frames of {@link Sensor#capture(FrameHandler)}. */
@FunctionalInterface
public interface FrameHandler {
    /**
     * Handles one frame, a view of the sensor's frame buffer valid until this method returns
     * (keep a {@link Image#copy()} to hold on to it).
     *
     * @param frame the frame, in the sensor's frame buffer
     * @throws IOException to stop capturing; {@link Sensor#capture(FrameHandler)} passes it on
     * @return true to receive the next frame, false to stop capturing
     */
    boolean onFrame(Image frame) throws IOException;
}
