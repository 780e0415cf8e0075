/** javax.imageio reader and writer plugins for OpenMV stream files (filled by the bridge work). */
module dev.omvio.bridge.javax {
    requires dev.omvio.api;
}
