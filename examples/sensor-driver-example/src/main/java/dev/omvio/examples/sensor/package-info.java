/**
 * The {@code ramp} sensor driver, an example of a custom driver: a grey ramp that scrolls one
 * step per frame. It needs only omvio-api: it extends {@link dev.omvio.sensor.spi.AbstractSensor}
 * for the settings and uses {@link dev.omvio.sensor.spi.FramePacer} and
 * {@link dev.omvio.stream.spi.FrameBuffer} for timing and the frame buffer.
 */
package dev.omvio.examples.sensor;
