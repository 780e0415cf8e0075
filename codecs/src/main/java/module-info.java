import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.codecs.bayer.BayerCodec;
import dev.omvio.codecs.jpeg.JdkJpegCodec;
import dev.omvio.codecs.jpeg.TurboJpegCodec;
import dev.omvio.codecs.png.PngCodec;
import dev.omvio.codecs.raw.RawCodec;

/**
 * Pixel codecs: OpenMV pixel formats to and from Java images. Provides the
 * {@link PixelCodec}s that {@code dev.omvio.codec.PixelCodecs} finds: raw formats, Bayer
 * demosaic, JPEG (libjpeg-turbo through JNA, or the JDK's plugin) and PNG. It exports
 * nothing: applications reach the codecs through {@code PixelCodecs}.
 */
module dev.omvio.codecs {
    requires transitive dev.omvio.api;
    requires static org.osgi.service.component.annotations;
    requires static org.osgi.service.component;
    // Optional, as on the class path and in OSGi: without JNA in the module graph the
    // libjpeg-turbo codec reports itself unavailable and JPEG uses the JDK's codec. A static
    // dependence does not pull JNA into the graph: the application requires com.sun.jna
    // (the omvio tool does) or adds it with --add-modules.
    requires static com.sun.jna;
    // Optional too: with jdk.incubator.vector in the module graph (--add-modules) the bilinear
    // demosaic uses the Vector API; without it the portable kernel, which gives the same pixels.
    // No "requires static" for it: javac and javadoc would then resolve the incubating module and
    // warn about it in every build; this module adds the read edge itself at run time
    // (dev.omvio.codecs.bayer.Kernels), and the build compiles with --add-reads.

    // JNA builds a proxy of the package-private TurboJPEG interface.
    opens dev.omvio.codecs.jpeg to com.sun.jna;

    provides PixelCodec with RawCodec, BayerCodec, TurboJpegCodec, JdkJpegCodec, PngCodec;
}
