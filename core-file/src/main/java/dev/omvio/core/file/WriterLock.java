package dev.omvio.core.file;

import dev.omvio.stream.StreamInUseException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Makes the holder of a channel the only writer of its stream file: an exclusive OS lock
 * ({@link FileChannel#tryLock(long, long, boolean)}), held until the channel is closed, on one
 * byte far beyond the end of any file. Locking there instead of the data keeps readers free
 * where locks are mandatory (Windows): only other writers, which lock the same byte, are kept out.
 *
 * <p>The JDK cannot tell who holds a lock. On Linux the holder's pid is looked up in
 * {@code /proc/locks} by the file's device, inode and the locked byte; anywhere else, or if
 * that finds nothing, the pid is reported as unknown, never guessed.
 */
final class WriterLock {
    /** The locked byte: beyond any real file, so no data read or written is ever locked. */
    static final long POSITION = Long.MAX_VALUE - 1;

    private static final Path PROC_LOCKS = Path.of("/proc/locks");

    private WriterLock() {
    }

    /**
     * Takes the writer's lock on {@code channel}, the open file {@code path}.
     *
     * @throws StreamInUseException if another channel, in this process or another, holds it
     */
    static void acquire(FileChannel channel, Path path) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock(POSITION, 1, false);
        } catch (OverlappingFileLockException heldHere) {
            throw new StreamInUseException(path.toString(), ProcessHandle.current().pid());
        }
        if (lock == null) {
            throw new StreamInUseException(path.toString(), holderPid(path));
        }
    }

    /** The pid /proc/locks gives for the lock on {@code path}'s byte, or -1. */
    private static long holderPid(Path path) {
        try {
            if (!Files.isReadable(PROC_LOCKS)) {
                return -1;
            }
            String file = deviceAndInode(path);
            String position = Long.toString(POSITION);
            for (String line : Files.readAllLines(PROC_LOCKS)) {
                // "3: POSIX  ADVISORY  WRITE 4242 08:01:1311 9223372036854775806 9223372036854775806";
                // a waiting lock has "->" after the number.
                String[] fields = line.trim().split("\\s+");
                if (fields.length == 8 && fields[3].equals("WRITE") && fields[5].equals(file)
                        && fields[6].equals(position)) {
                    long pid = Long.parseLong(fields[4]);
                    return pid > 0 ? pid : -1; // open file description locks show -1
                }
            }
        } catch (IOException | RuntimeException unknown) {
            // no "unix" attributes, an unexpected line: the pid stays unknown
        }
        return -1;
    }

    // /proc/locks names files "MAJOR:MINOR:INODE", the device numbers in hex (at least two digits);
    // st_dev packs them as glibc's makedev does.
    private static String deviceAndInode(Path path) throws IOException {
        long device = (Long) Files.getAttribute(path, "unix:dev");
        long inode = (Long) Files.getAttribute(path, "unix:ino");
        long major = (device >>> 8 & 0xfff) | (device >>> 32 & 0xfffff000L);
        long minor = (device & 0xff) | (device >>> 12 & 0xffffff00L);
        return String.format(Locale.ROOT, "%02x:%02x:%d", major, minor, inode);
    }
}
