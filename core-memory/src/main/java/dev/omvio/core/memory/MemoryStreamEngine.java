package dev.omvio.core.memory;

import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamClock;
import dev.omvio.stream.spi.MemoryStreamProvider;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import java.util.Objects;

/**
 * The built-in memory stream engine, found by {@code dev.omvio.stream.ImageStreams.allocate}
 * through {@link java.util.ServiceLoader}. Its streams keep their slots in direct memory, so a
 * large store counts against the JVM's direct memory limit ({@code -XX:MaxDirectMemorySize},
 * by default the maximum heap size), not the heap.
 *
 * <p>Inside OSGi it is a Declarative Services component: an OSGi service while its bundle is
 * active, and handed to {@code ImageStreams}, which does not see other bundles' services.
 */
@Component(service = MemoryStreamProvider.class, immediate = true)
public final class MemoryStreamEngine implements MemoryStreamProvider {
    /** Creates the engine; {@link java.util.ServiceLoader} and OSGi's component runtime call this. */
    public MemoryStreamEngine() {
    }

    @Activate
    void activate() {
        ImageStreams.register(this);
    }

    @Deactivate
    void deactivate() {
        ImageStreams.unregister(this);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Each slot holds {@code image_size(width, height, format)} bytes rounded up to 32; JPEG
     * and PNG slots hold a BINARY image of {@code width} x {@code 2 * height}. Every slot is
     * allocated and zero-filled now.
     *
     * @throws IllegalArgumentException naming the value for a non-positive dimension or slot
     *     count or a slot above {@link dev.omvio.image.Image#MAX_DATA_SIZE}, and naming the
     *     total if the JVM cannot provide that much memory
     */
    @Override
    public ImageStream allocate(int width, int height, PixelFormat format, int slots, StreamClock clock) {
        SlotLayout layout = SlotLayout.forFrames(width, height, format, slots);
        Objects.requireNonNull(clock, "clock");
        try {
            return new MemoryImageStream(layout, clock);
        } catch (OutOfMemoryError e) {
            // The constructor does nothing but allocate, so this is the JVM refusing this one
            // request, which the caller can answer with fewer or smaller slots or a higher limit.
            throw new IllegalArgumentException("cannot allocate a memory stream of " + layout.totalSize()
                    + " bytes (" + slots + " slots of " + layout.slotSize() + " bytes): the JVM refused ("
                    + e.getMessage() + "); direct memory is limited by -XX:MaxDirectMemorySize", e);
        }
    }
}
