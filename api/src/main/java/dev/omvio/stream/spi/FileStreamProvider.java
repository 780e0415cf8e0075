package dev.omvio.stream.spi;

import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.StreamClock;
import dev.omvio.stream.StreamMode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** An engine for "OMV IMG STR" stream files. When several are present the highest {@link #priority()} wins. */
public interface FileStreamProvider {
    /**
     * Opens the stream file at {@code path}.
     *
     * @param path the stream file
     * @param mode read, write or append
     * @param clock the clock that dates written frames and times pauses
     * @return the open stream
     * @throws dev.omvio.stream.StreamFormatException if the file is not a readable stream
     * @throws dev.omvio.stream.NotRegularFileException if the path is not a regular file, found
     *     out before opening it
     * @throws dev.omvio.stream.StreamInUseException if {@code mode} writes and another writer
     *     has the file open
     * @throws IOException if the file cannot be opened
     */
    ImageStream open(Path path, StreamMode mode, StreamClock clock) throws IOException;

    /**
     * Cuts the damaged tail off the stream file at {@code path}, leaving its whole frames.
     *
     * @param path the stream file
     * @return the tail that was removed, or empty if the file was sound
     * @throws dev.omvio.stream.StreamInUseException if a writer has the file open
     */
    Optional<DamagedTail> repair(Path path) throws IOException;

    /** {@return rank among engines for the same job; the built-in engine has 0} */
    default int priority() {
        return 0;
    }
}
