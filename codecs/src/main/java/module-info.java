/** Pixel codecs: OpenMV pixel formats to and from Java images. */
module dev.omvio.codecs {
    requires dev.omvio.api;
}
