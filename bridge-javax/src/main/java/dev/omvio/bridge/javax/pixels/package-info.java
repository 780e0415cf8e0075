/**
 * Pixel plumbing of the bridge that javax.imageio's parameters call for and the codecs do not
 * do: copying a source region with subsampling and band selection into a destination, the
 * image types offered per number of bands, and turning what a writer is given into the
 * {@link java.awt.image.BufferedImage} the codecs encode. Internal to the bridge.
 */
package dev.omvio.bridge.javax.pixels;
