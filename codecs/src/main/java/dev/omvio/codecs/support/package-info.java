/**
 * What every codec of this module shares: argument checks, access to a frame's bytes as an
 * array, conversions between {@link java.awt.image.BufferedImage} and ARGB pixels, and the
 * splitting of large frames into row bands. Internal; not exported.
 */
package dev.omvio.codecs.support;
