/**
 * The "OMV IMG STR" file stream engine: reads versions 1.0, 1.1, 2.0 and 2.1, writes 2.0
 * byte-identical to the firmware, indexes frames for constant-time seeks and recovers the
 * frames before a damaged tail; {@code dev.omvio.core.file.compat} tells whether the camera and
 * the OpenMV IDE would open a file. Applications reach it through {@code dev.omvio.stream.ImageStreams}.
 */
// The bridge is built after this module, so the qualified export names a module javac cannot see yet.
@SuppressWarnings("module")
module dev.omvio.core.file {
    // The format package's API speaks in the API module's images and exceptions.
    requires transitive dev.omvio.api;
    requires static org.osgi.service.component.annotations;

    // The layout facts, for the other omvio module that reads and writes stream files (the
    // javax.imageio bridge) and no one else: not an application API. bnd.bnd exports it to the
    // bridge bundle alone (x-friends) in OSGi.
    exports dev.omvio.core.file.format to dev.omvio.bridge.javax;
    // Would the camera and the IDE open a file: an application API (omvio verify --compat).
    exports dev.omvio.core.file.compat;
    // A run of a file's frames from a known offset, for readers that split files (the Spark source).
    exports dev.omvio.core.file.split;

    provides dev.omvio.stream.spi.FileStreamProvider with dev.omvio.core.file.FileStreamEngine;
}
