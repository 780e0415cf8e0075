package dev.omvio.sensors.synthetic;

import dev.omvio.sensor.FrameSize;

/** What a synthetic sensor shows: a pure function of the frame number and the frame size. */
interface Scene {
    /** Draws frame {@code frameNumber} into {@code argb} (rows {@code size.width()} apart, 0xAARRGGBB). */
    void render(long frameNumber, int[] argb, FrameSize size);
}
