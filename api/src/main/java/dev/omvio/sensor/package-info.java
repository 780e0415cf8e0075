/**
 * Cameras as Java objects, modelled on OpenMV's {@code sensor} / {@code csi} module:
 * {@link dev.omvio.sensor.Sensors} opens a sensor by driver name and options (for example
 * {@code "synthetic:pattern=bars,fps=30"} or {@code "replay:file=rec.bin,loop=true"}), and a
 * {@link dev.omvio.sensor.Sensor} is configured (pixel format, frame size, windowing, mirror,
 * flip, frame rate, gain, exposure) and then delivers frames with {@code snapshot()}.
 *
 * <p>What a driver can do is stated by its {@link dev.omvio.sensor.SensorCapabilities}; the
 * drivers themselves are found at run time (see {@link dev.omvio.sensor.spi}).
 */
package dev.omvio.sensor;
