/**
 * The service interface that sensor drivers implement, and building blocks for writing one.
 * {@link dev.omvio.sensor.Sensors} finds {@link dev.omvio.sensor.spi.SensorDriver}s with
 * {@link java.util.ServiceLoader} (JPMS {@code provides} or {@code META-INF/services} on the
 * class path) and accepts drivers registered by hand, which is how OSGi components hand theirs
 * over.
 *
 * <p>A driver parses its {@link dev.omvio.sensor.spi.DriverOptions} and returns a sensor.
 * {@link dev.omvio.sensor.spi.AbstractSensor} keeps the settings and checks them against the
 * capabilities; {@link dev.omvio.sensor.spi.ArgbSensor} adds everything a driver that draws
 * ARGB pixels needs (windowing, mirror, flip, encoding with {@link dev.omvio.codec.PixelCodecs},
 * the frame buffer and {@link dev.omvio.sensor.spi.FramePacer pacing}). Applications use
 * {@code Sensors}, not this package.
 */
package dev.omvio.sensor.spi;
