package dev.omvio.core.file;

import dev.omvio.core.file.format.StreamVersion;
import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.NotRegularFileException;
import dev.omvio.stream.StreamClock;
import dev.omvio.stream.StreamFormatException;
import dev.omvio.stream.StreamMode;
import dev.omvio.stream.spi.FileStreamProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in engine for "OMV IMG STR" files, found by {@link java.util.ServiceLoader}:
 * applications reach it through {@code dev.omvio.stream.ImageStreams}.
 *
 * <p>{@code "r"} reads versions 1.0, 1.1, 2.0 and 2.1; {@code "w"} creates a version 2.0
 * file; {@code "a"} appends to a version 2.0 or 2.1 file after cutting off any damaged tail.
 * Version 1 files cannot be appended to: their 16-byte chunk headers cannot describe every
 * format, and one file cannot mix the two header layouts.
 *
 * <p>Only regular files are opened (a FIFO or device is refused with a
 * {@link NotRegularFileException} before anything opens it, so nothing blocks). A writer
 * ({@code "w"}, {@code "a"}, {@link #repair(Path)}) holds an exclusive OS lock on the file until
 * it is closed; a second writer gets a {@link dev.omvio.stream.StreamInUseException}, and
 * {@code "w"} truncates only once it holds the lock. Readers take no lock.
 *
 * <p>Inside OSGi it is a Declarative Services component: an OSGi service while its bundle is
 * active, and handed to {@code ImageStreams}, which does not see other bundles' services.
 */
@Component(service = FileStreamProvider.class, immediate = true)
public final class FileStreamEngine implements FileStreamProvider {
    /** The engine; {@link java.util.ServiceLoader} and OSGi's component runtime create it. */
    public FileStreamEngine() {
    }

    @Activate
    void activate() {
        ImageStreams.register(this);
    }

    @Deactivate
    void deactivate() {
        ImageStreams.unregister(this);
    }

    @Override
    public ImageStream open(Path path, StreamMode mode, StreamClock clock) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(clock, "clock");
        return switch (Objects.requireNonNull(mode, "mode")) {
            case READ -> openExisting(path, mode, clock, StandardOpenOption.READ);
            case APPEND -> openExisting(path, mode, clock, StandardOpenOption.READ, StandardOpenOption.WRITE);
            case WRITE -> create(path, clock);
        };
    }

    @Override
    public Optional<DamagedTail> repair(Path path) throws IOException {
        NotRegularFileException.requireRegularFile(path);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            WriterLock.acquire(channel, path);
            IndexScanner.Scan scan = IndexScanner.scan(channel, IndexScanner.readVersion(channel));
            TailCutter.cutAfterLastFrame(channel, scan.index());
            return scan.damagedTail();
        }
    }

    private static ImageStream openExisting(Path path, StreamMode mode, StreamClock clock,
            StandardOpenOption... options) throws IOException {
        NotRegularFileException.requireRegularFile(path); // before opening: a FIFO's open blocks
        FileChannel channel = FileChannel.open(path, options);
        try {
            if (mode == StreamMode.APPEND) {
                WriterLock.acquire(channel, path);
            }
            StreamVersion version = IndexScanner.readVersion(channel);
            if (mode == StreamMode.APPEND && !version.hasFormatCodes()) {
                throw new StreamFormatException(0, "cannot append to a version " + version
                        + " stream: frames are written with version 2 chunk headers, which a version 1 file cannot mix");
            }
            IndexScanner.Scan scan = IndexScanner.scan(channel, version);
            if (mode == StreamMode.READ) {
                return new FileImageStream(channel, version, scan.index(), scan.damagedTail(), mode, clock);
            }
            TailCutter.cutAfterLastFrame(channel, scan.index());
            return new FileImageStream(channel, version, scan.index(), Optional.empty(), mode, clock);
        } catch (IOException | RuntimeException e) {
            closeAfterFailure(channel, e);
            throw e;
        }
    }

    private static ImageStream create(Path path, StreamClock clock) throws IOException {
        if (Files.exists(path)) {
            NotRegularFileException.requireRegularFile(path);
        }
        // Truncated only once the lock is held: a second writer must not destroy the first one's file.
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.CREATE);
        try {
            WriterLock.acquire(channel, path);
            channel.truncate(0);
            ChannelIo.write(channel, ByteBuffer.wrap(StreamVersion.V2_0.magic()), 0);
            return new FileImageStream(channel, StreamVersion.V2_0, new FrameIndex(StreamVersion.V2_0),
                    Optional.empty(), StreamMode.WRITE, clock);
        } catch (IOException | RuntimeException e) {
            closeAfterFailure(channel, e);
            throw e;
        }
    }

    private static void closeAfterFailure(FileChannel channel, Exception failure) {
        try {
            channel.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
