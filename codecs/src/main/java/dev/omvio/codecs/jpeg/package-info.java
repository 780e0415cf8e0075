/**
 * JPEG frames: {@link dev.omvio.codecs.jpeg.TurboJpegCodec} calls the system's libjpeg-turbo
 * (TurboJPEG 2.x C API) through JNA and is preferred while the library loads;
 * {@link dev.omvio.codecs.jpeg.JdkJpegCodec}, the JDK's {@code javax.imageio} plugin, takes over
 * where it does not. Which one is active is logged once and visible as
 * {@code PixelCodecs.decoder(PixelFormat.JPEG).name()}.
 */
package dev.omvio.codecs.jpeg;
