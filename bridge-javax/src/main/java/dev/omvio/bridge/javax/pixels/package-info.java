/**
 * Pixel plumbing of the bridge that javax.imageio's parameters call for and the codecs do not
 * do: copying a source region with subsampling and band selection into a destination (samples
 * scaled to its sample sizes), the image types offered per number of bands and pixel format and
 * which destinations match them, copying stored samples into a format's natural image type, and
 * turning what a writer is given into the
 * {@link java.awt.image.BufferedImage} the codecs encode. Internal to the bridge.
 */
package dev.omvio.bridge.javax.pixels;
