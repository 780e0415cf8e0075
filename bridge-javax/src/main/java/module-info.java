/**
 * javax.imageio reader and writer plugins for OpenMV stream files: {@code ImageIO.read} and
 * {@code ImageIO.write} with the format name {@code openmv}. The providers are found through
 * {@code provides} on the module path, {@code META-INF/services} on the class path, and a
 * Declarative Services component in OSGi. Pixels go through the codecs of {@code dev.omvio.codecs},
 * found at run time.
 */
module dev.omvio.bridge.javax {
    requires transitive dev.omvio.api;
    // The layout facts of stream files, shared with the file engine.
    requires dev.omvio.core.file;
    requires static org.osgi.service.component.annotations;

    exports dev.omvio.bridge.javax;

    provides javax.imageio.spi.ImageReaderSpi with dev.omvio.bridge.javax.OpenMvImageReaderSpi;
    provides javax.imageio.spi.ImageWriterSpi with dev.omvio.bridge.javax.OpenMvImageWriterSpi;
}
