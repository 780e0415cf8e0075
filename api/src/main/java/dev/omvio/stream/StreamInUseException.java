package dev.omvio.stream;

import java.nio.file.FileSystemException;
import java.util.OptionalLong;

/**
 * A stream file could not be opened for writing ({@code "w"}, {@code "a"} or
 * {@link ImageStreams#repair(java.nio.file.Path) repair}) because another writer, in this
 * process or another, has it open: two writers appending to one file would silently lose each
 * other's frames. Readers are never refused.
 *
 * <p>The lock is an advisory OS lock held until the writer closes, on a byte beyond the end of
 * the file (so that readers are not blocked where locks are mandatory). Where it is a POSIX
 * lock (Linux, macOS), the operating system drops it when the writing process closes any other
 * descriptor of the same file, for example a reader of it: other processes are then no longer
 * kept out, writers in the same JVM still are.
 *
 * <p>The message names the path and, when it is known, the process that holds the file:
 * {@code "rec.bin: in use by another writer (pid 4242)"}, or {@code "(pid unknown)"}.
 */
public class StreamInUseException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    /** The process id of the writer that holds the file, or -1 when it is not known. */
    private final long holderPid;

    /**
     * @param file the path as given
     * @param holderPid the process holding the file, or -1 if it is not known
     */
    public StreamInUseException(String file, long holderPid) {
        super(file, null, "in use by another writer (" + (holderPid < 0 ? "pid unknown" : "pid " + holderPid) + ")");
        this.holderPid = holderPid;
    }

    /** {@return the process that holds the file open for writing, if it could be found out} */
    public OptionalLong holderPid() {
        return holderPid < 0 ? OptionalLong.empty() : OptionalLong.of(holderPid);
    }
}
