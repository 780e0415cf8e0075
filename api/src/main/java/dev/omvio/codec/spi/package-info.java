/**
 * The service interface that pixel codecs implement. {@link dev.omvio.codec.PixelCodecs} finds
 * codecs with {@link java.util.ServiceLoader} (JPMS {@code provides} or
 * {@code META-INF/services} on the class path) and accepts codecs registered by hand, which is
 * how OSGi components hand theirs over. For each format the available codec with the highest
 * {@link dev.omvio.codec.spi.PixelCodec#priority() priority} is used. Applications use
 * {@code PixelCodecs}, not this package.
 */
package dev.omvio.codec.spi;
