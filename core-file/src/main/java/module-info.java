/**
 * The "OMV IMG STR" file stream engine: reads versions 1.0, 1.1, 2.0 and 2.1, writes 2.0
 * byte-identical to the firmware, indexes frames for constant-time seeks and recovers the
 * frames before a damaged tail. Applications reach it through {@code dev.omvio.stream.ImageStreams}.
 */
module dev.omvio.core.file {
    requires dev.omvio.api;
    requires static org.osgi.service.component.annotations;

    provides dev.omvio.stream.spi.FileStreamProvider with dev.omvio.core.file.FileStreamEngine;
}
