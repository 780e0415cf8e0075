package dev.omvio.sensor;

/** The settings of a {@link Sensor} that a driver may or may not let callers change; see {@link SensorCapabilities}. */
public enum SensorControl {
    /** {@link Sensor#setPixelFormat}: choose among {@link SensorCapabilities#pixelFormats()}. */
    PIXEL_FORMAT,
    /** {@link Sensor#setFrameSize}: any size up to {@link SensorCapabilities#maxFrameSize()}. */
    FRAME_SIZE,
    /** {@link Sensor#setWindowing}: deliver a region of interest of the frame. */
    WINDOWING,
    /** {@link Sensor#setHmirror}: mirror frames left to right. */
    HMIRROR,
    /** {@link Sensor#setVflip}: flip frames upside down. */
    VFLIP,
    /** {@link Sensor#setFrameRate}: frames per second up to {@link SensorCapabilities#maxFrameRate()}. */
    FRAME_RATE,
    /** {@link Sensor#setGainDb}: analogue gain in decibels. */
    GAIN,
    /** {@link Sensor#setExposureUs}: exposure time in microseconds. */
    EXPOSURE
}
