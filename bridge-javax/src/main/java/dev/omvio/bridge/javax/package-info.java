/**
 * javax.imageio plugins for OpenMV camera recordings ("OMV IMG STR" stream files): with this
 * module on the class path or module path (or its bundle started in OSGi),
 * {@code ImageIO.read(new File("rec.bin"))} returns the first frame, an
 * {@link dev.omvio.bridge.javax.OpenMvImageReader} reads every frame with the usual
 * {@link javax.imageio.ImageReadParam} features, and {@code ImageIO.write(image, "openmv", file)}
 * writes a version 2.0 stream the camera reads.
 *
 * <p>Format names {@code openmv} and {@code omv}, suffix {@code bin}, MIME type
 * {@code image/x-openmv-stream}. Stream metadata ({@link dev.omvio.bridge.javax.OpenMvStreamMetadata})
 * and frame metadata ({@link dev.omvio.bridge.javax.OpenMvFrameMetadata}) come in native
 * formats described by {@link dev.omvio.bridge.javax.OpenMvStreamMetadataFormat} and
 * {@link dev.omvio.bridge.javax.OpenMvFrameMetadataFormat}; frames also offer the standard
 * {@code javax_imageio_1.0} tree. Pixels are decoded and encoded by the codecs that
 * {@link dev.omvio.codec.PixelCodecs} finds. Reader, writer and providers are built on
 * TwelveMonkeys ImageIO's {@code imageio-core} base classes.
 */
package dev.omvio.bridge.javax;
