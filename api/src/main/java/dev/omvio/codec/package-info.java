/**
 * Pixels of frames for Java programs: {@link dev.omvio.codec.PixelCodecs} decodes an
 * {@link dev.omvio.image.Image} of any pixel format into ARGB pixels or a
 * {@link java.awt.image.BufferedImage}, and encodes pixels into a frame of a chosen format, with
 * the codec found for that format. {@link dev.omvio.codec.DecodeOptions} and
 * {@link dev.omvio.codec.EncodeOptions} carry the choices (Bayer algorithm, parallelism, JPEG
 * quality and chroma subsampling).
 */
package dev.omvio.codec;
