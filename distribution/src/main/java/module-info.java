/**
 * The {@code omvio} command-line tool: inspect, extract, convert, pack, record, verify and
 * repair OpenMV stream files. The stream engines, codecs and sensor drivers it uses are found
 * as services, not required here; only the sensors' recording pipeline is used directly.
 */
module dev.omvio.distribution {
    requires dev.omvio.api;
    requires dev.omvio.sensors;
    requires info.picocli;
    requires java.logging;

    opens dev.omvio.cli to info.picocli;
}
