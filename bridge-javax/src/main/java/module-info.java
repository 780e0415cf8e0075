/**
 * javax.imageio reader and writer plugins for OpenMV stream files: {@code ImageIO.read} and
 * {@code ImageIO.write} with the format name {@code openmv}. The providers are found through
 * {@code provides} on the module path, {@code META-INF/services} on the class path, and a
 * Declarative Services component in OSGi. Pixels go through the codecs of {@code dev.omvio.codecs},
 * found at run time. The reader, writer and providers extend TwelveMonkeys ImageIO's base classes.
 */
@SuppressWarnings("requires-transitive-automatic")
module dev.omvio.bridge.javax {
    requires transitive dev.omvio.api;
    // The layout facts of stream files, shared with the file engine.
    requires dev.omvio.core.file;
    // TwelveMonkeys' imageio-core (an automatic module; Automatic-Module-Name in its manifest):
    // the public reader, writer and providers extend its ImageReaderBase, ImageWriterBase and
    // provider base classes, so readers of this module read it too.
    requires transitive com.twelvemonkeys.imageio.core;
    requires static org.osgi.service.component.annotations;

    exports dev.omvio.bridge.javax;

    provides javax.imageio.spi.ImageReaderSpi with dev.omvio.bridge.javax.OpenMvImageReaderSpi;
    provides javax.imageio.spi.ImageWriterSpi with dev.omvio.bridge.javax.OpenMvImageWriterSpi;
}
