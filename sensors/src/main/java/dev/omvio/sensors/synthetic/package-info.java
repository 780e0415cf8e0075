/**
 * The {@code synthetic} sensor driver: deterministic scenes (colour bars, moving shapes, seeded
 * noise) in every uncompressed pixel format and JPEG, paced at an exact frame rate by an
 * injectable clock, for developing and testing without a camera.
 */
package dev.omvio.sensors.synthetic;
