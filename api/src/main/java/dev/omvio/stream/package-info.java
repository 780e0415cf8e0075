/**
 * The OpenMV image stream contract, mirroring the camera's {@code image.ImageIO}:
 * {@link dev.omvio.stream.ImageStream} and its two entry points in
 * {@link dev.omvio.stream.ImageStreams} (a file path with a mode, or an in-memory store of
 * fixed slots), per-frame metadata, damaged-tail reports, the injectable clock behind
 * {@code pause}, and the exceptions streams throw.
 *
 * <p>The engines live in other modules and are found at run time (see
 * {@link dev.omvio.stream.spi}); this package depends on none of them.
 */
package dev.omvio.stream;
