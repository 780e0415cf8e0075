/**
 * The service interfaces that stream engines implement. {@link dev.omvio.stream.ImageStreams}
 * finds them with {@link java.util.ServiceLoader} (JPMS {@code provides} or
 * {@code META-INF/services} on the class path), and accepts engines registered by hand, which
 * is how OSGi components hand theirs over. Applications use {@code ImageStreams}, not these.
 */
package dev.omvio.stream.spi;
