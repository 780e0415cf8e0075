/**
 * The {@code replay} sensor driver: plays a recorded stream (a file, or any
 * {@link dev.omvio.stream.ImageStream} such as a memory stream) as a live sensor, honouring the
 * recorded frame intervals on an injectable clock, optionally in a loop.
 */
package dev.omvio.sensors.replay;
