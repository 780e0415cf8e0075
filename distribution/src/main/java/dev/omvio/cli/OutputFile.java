package dev.omvio.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An output file being written: at {@link #path()}, a new file beside the target (or the target
 * itself, for a recording). {@link #commit()} moves it into place; closing it without a commit
 * deletes it, so a failed command leaves nothing behind, but never a target it has not claimed.
 */
final class OutputFile implements Closeable {
    private static final int ATTEMPTS = 16;

    private final Path target;
    private final Path path;
    private final boolean replace;
    private boolean claimed;
    private boolean committed;

    private OutputFile(Path target, Path path, boolean replace, boolean claimed) {
        this.target = target;
        this.path = path;
        this.replace = replace;
        this.claimed = claimed;
    }

    /** A new hidden file in {@code target}'s folder, to replace {@code target} only if {@code replace}. */
    static OutputFile beside(Path target, boolean replace) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) { // named as the user named it, not by the temporary file's name
            Path named = target.getParent() == null ? folder : target.getParent();
            throw new NoSuchFileException(named.toString(), null, "no such folder");
        }
        String name = target.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            Path temporary = folder.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".part");
            try {
                // Created like any new file (not Files.createTempFile's owner-only permissions):
                // it becomes the output.
                FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return new OutputFile(target, temporary, replace, true);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }

    /** {@code target} itself, created now: it must not exist. */
    static OutputFile inPlace(Path target) throws IOException {
        FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)
                .close();
        return new OutputFile(target, target, false, true);
    }

    /**
     * {@code target} itself, an existing file to be written over: it is not this output's to
     * delete until {@link #claim()} says the writer holds it (another writer may own it).
     */
    static OutputFile overExisting(Path target) {
        return new OutputFile(target, target, true, false);
    }

    /** Says that the file is this output's now, to delete on failure: its writer holds it. */
    void claim() {
        claimed = true;
    }

    /** Where to write. */
    Path path() {
        return path;
    }

    /** Moves the complete file into place (atomically where the file system can), replacing the old one if allowed. */
    void commit() throws IOException {
        if (!path.equals(target)) {
            if (replace) {
                try {
                    Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                Files.move(path, target); // refuses a file that appeared at the target meanwhile
            }
        }
        committed = true;
    }

    /** Deletes the file unless it was committed or never claimed. */
    @Override
    public void close() throws IOException {
        if (claimed && !committed) {
            Files.deleteIfExists(path);
        }
    }
}
