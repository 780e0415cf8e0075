/**
 * A camera emulator: this machine as an OpenMV camera on a TCP port or a pseudo-terminal,
 * serving the frames of any sensor on the stream channel, with stdin/stdout channels and fault
 * injection for tests.
 */
package dev.omvio.sensors.openmv.emulator;
