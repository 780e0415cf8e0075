package dev.omvio.stream;

import dev.omvio.image.PixelFormat;
import dev.omvio.stream.spi.FileStreamProvider;
import dev.omvio.stream.spi.MemoryStreamProvider;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The entry points to streams, equal to the camera's two {@code ImageIO} constructors:
 * {@code ImageIO("rec.bin", "r")} is {@code ImageStreams.open(Path.of("rec.bin"), "r")} and
 * {@code ImageIO((320, 240, image.RGB565), 10)} is
 * {@code ImageStreams.allocate(320, 240, PixelFormat.RGB565, 10)}.
 *
 * <pre>{@code
 * try (ImageStream in = ImageStreams.open(Path.of("rec.bin"), "r")) {
 *     for (Image frame : in.images()) {
 *         process(frame);
 *     }
 * }
 * }</pre>
 *
 * <p>The engines behind these methods are found at run time (see {@link dev.omvio.stream.spi});
 * without one on the class path, module path or OSGi framework, the methods throw
 * {@link IllegalStateException} naming the missing module.
 */
public final class ImageStreams {
    private ImageStreams() {
    }

    /**
     * Opens a stream file with the system clock.
     *
     * @param path the stream file
     * @return the open stream
     * @param mode {@code "r"} to read, {@code "w"} to create or truncate and write, {@code "a"} to append
     * @throws IllegalArgumentException naming the mode if it is none of those
     * @throws StreamFormatException if the file exists but is not a stream (bad magic, unknown
     *     version, shorter than 16 bytes), with the offset and the reason
     * @throws NotRegularFileException if the path is a directory, FIFO, socket or device
     *     (refused before it is opened: nothing blocks)
     * @throws StreamInUseException for {@code "w"} and {@code "a"}, if another writer, in this
     *     process or another, has the file open: a stream file has one writer at a time, which
     *     holds an exclusive OS lock until it closes ({@code "w"} truncates only once it holds
     *     it); readers take no lock and are never refused
     */
    public static ImageStream open(Path path, String mode) throws IOException {
        return open(path, StreamMode.of(mode), StreamClock.SYSTEM);
    }

    /**
     * Opens a stream file with the given clock for write intervals and pauses.
     *
     * @param path the stream file
     * @param mode read, write or append
     * @param clock the clock that dates written frames and times pauses
     * @return the open stream
     * @throws IOException as {@link #open(Path, String)}
     */
    public static ImageStream open(Path path, StreamMode mode, StreamClock clock) throws IOException {
        return Engines.file().open(path, mode, clock);
    }

    /**
     * Allocates an in-memory stream of {@code slots} frames of {@code width} x {@code height}
     * {@code format}, with the system clock.
     *
     * @param width the width of every frame, in pixels
     * @param height the height of every frame, in pixels
     * @param format the pixel format every slot is sized for
     * @param slots how many frames the stream holds
     * @return the new stream, positioned at slot 0
     */
    public static ImageStream allocate(int width, int height, PixelFormat format, int slots) {
        return allocate(width, height, format, slots, StreamClock.SYSTEM);
    }

    /**
     * Allocates an in-memory stream with the given clock for write intervals and pauses.
     *
     * @param width the width of every frame, in pixels
     * @param height the height of every frame, in pixels
     * @param format the pixel format every slot is sized for
     * @param slots how many frames the stream holds
     * @param clock the clock that dates written frames and times pauses
     * @return the new stream, positioned at slot 0
     */
    public static ImageStream allocate(int width, int height, PixelFormat format, int slots, StreamClock clock) {
        return Engines.memory().allocate(width, height, format, slots, clock);
    }

    /**
     * Cuts the damaged tail off a stream file so that it reads cleanly and can be appended to.
     *
     * @param path the stream file
     * @return the tail that was removed, or empty if the file was sound
     * @throws StreamFormatException if the file is not a stream at all
     * @throws NotRegularFileException if the path is a directory, FIFO, socket or device
     * @throws StreamInUseException if a writer has the file open (repairing is writing)
     */
    public static Optional<DamagedTail> repair(Path path) throws IOException {
        return Engines.file().repair(path);
    }

    /**
     * Makes an engine available beside those {@link java.util.ServiceLoader} finds, for
     * frameworks where service loading does not reach it (an OSGi component registers its
     * engine this way when it activates). An engine with a higher priority wins.
     *
     * @param provider the file engine
     */
    public static void register(FileStreamProvider provider) {
        Engines.register(FileStreamProvider.class, provider);
    }

    /**
     * Makes a memory engine available, as {@link #register(FileStreamProvider)}.
     *
     * @param provider the memory engine
     */
    public static void register(MemoryStreamProvider provider) {
        Engines.register(MemoryStreamProvider.class, provider);
    }

    /**
     * Withdraws an engine given to {@link #register(FileStreamProvider)}.
     *
     * @param provider the file engine registered before
     */
    public static void unregister(FileStreamProvider provider) {
        Engines.unregister(FileStreamProvider.class, provider);
    }

    /**
     * Withdraws an engine given to {@link #register(MemoryStreamProvider)}.
     *
     * @param provider the memory engine registered before
     */
    public static void unregister(MemoryStreamProvider provider) {
        Engines.unregister(MemoryStreamProvider.class, provider);
    }
}
