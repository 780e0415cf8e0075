/**
 * The omvio API: pixel formats, images, the OpenMV image stream contract and the service
 * interfaces that engines and codecs implement. It has no dependencies; the engines are found
 * at run time through {@link java.util.ServiceLoader}.
 */
module dev.omvio.api {
    exports dev.omvio.image;
    exports dev.omvio.stream;
    exports dev.omvio.stream.spi;
    exports dev.omvio.codec;
    exports dev.omvio.codec.spi;
    exports dev.omvio.sensor;
    exports dev.omvio.sensor.spi;

    requires transitive java.desktop;

    uses dev.omvio.stream.spi.FileStreamProvider;
    uses dev.omvio.stream.spi.MemoryStreamProvider;
    uses dev.omvio.codec.spi.PixelCodec;
    uses dev.omvio.sensor.spi.SensorDriver;
}
