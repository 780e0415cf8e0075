/**
 * What a frame is: {@link dev.omvio.image.PixelFormat}, the twelve pixel formats of the OpenMV
 * firmware with their codes and data-size rules, and {@link dev.omvio.image.Image}, a frame's
 * geometry, format and data bytes exactly as the camera stores them.
 */
package dev.omvio.image;
