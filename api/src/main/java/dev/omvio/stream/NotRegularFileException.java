package dev.omvio.stream;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file that omvio was asked to open is not a regular file: a directory, or a FIFO, socket or
 * device. Streams need random access, and opening a FIFO without a writer would block forever,
 * so such files are refused before anything opens them. A symbolic link to a regular file is
 * fine.
 *
 * <p>The message names the path and what it is, for example
 * {@code "pipe: not a regular file (a FIFO, socket or device)"}.
 */
public class NotRegularFileException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    /**
     * @param file the path as given
     * @param kind what it is instead, such as "a directory"
     */
    public NotRegularFileException(String file, String kind) {
        super(file, null, "not a regular file (" + kind + ")");
    }

    /**
     * Checks, without opening it, that {@code path} (after following symbolic links) is a
     * regular file.
     *
     * @param path the path to check
     * @throws java.nio.file.NoSuchFileException if it does not exist
     * @throws NotRegularFileException if it is a directory, FIFO, socket or device
     */
    public static void requireRegularFile(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new NotRegularFileException(path.toString(),
                    attributes.isDirectory() ? "a directory" : "a FIFO, socket or device");
        }
    }
}
