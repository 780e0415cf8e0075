/**
 * The {@code omvio} command-line tool: {@code info}, {@code extract} and {@code demo} on OpenMV
 * stream files. The stream engines it uses are found as services, not required here.
 */
module dev.omvio.distribution {
    requires dev.omvio.api;
    requires info.picocli;

    opens dev.omvio.cli to info.picocli;
}
