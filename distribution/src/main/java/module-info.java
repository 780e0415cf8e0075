/**
 * The {@code omvio} command-line tool: inspect, extract, convert, pack, record, verify and
 * repair OpenMV stream files. The stream engines, codecs and sensor drivers it uses are found
 * as services, not required here; only the sensors' recording pipeline and the file engine's
 * camera-compatibility check are used directly.
 */
module dev.omvio.distribution {
    requires dev.omvio.api;
    // verify --compat: the file engine's camera-compatibility check (the engine itself is a service).
    requires dev.omvio.core.file;
    requires dev.omvio.sensors;
    // USB cameras: the sensors module needs jSerialComm only when a serial port is opened; the tool ships it.
    requires com.fazecast.jSerialComm;
    requires info.picocli;
    // Not used here: the codecs and sensors modules require JNA only statically, so the tool
    // brings it into the module graph for the libjpeg-turbo codec and camera serve --pty.
    requires com.sun.jna;

    opens dev.omvio.cli to info.picocli;

    // What the libraries log through System.Logger, as the tool's one-line messages.
    provides java.lang.System.LoggerFinder with dev.omvio.cli.CliLoggerFinder;
}
