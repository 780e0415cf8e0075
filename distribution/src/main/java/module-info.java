/** The omvio command-line tool. */
module dev.omvio.distribution {
    requires dev.omvio.api;
}
