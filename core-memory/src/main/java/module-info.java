/**
 * The memory stream engine: a fixed number of equal slots allocated once off the Java heap.
 * Applications reach it through {@code dev.omvio.stream.ImageStreams}.
 */
module dev.omvio.core.memory {
    requires dev.omvio.api;
    requires static org.osgi.service.component.annotations;

    provides dev.omvio.stream.spi.MemoryStreamProvider with dev.omvio.core.memory.MemoryStreamEngine;
}
