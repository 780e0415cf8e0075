package dev.omvio.cli;

import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamFormatException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Opening the stream files that commands are given, with the file's name in any error. */
final class StreamFiles {
    private StreamFiles() {
    }

    static ImageStream openForReading(Path file) throws IOException {
        requireNotFolder(file);
        try {
            return ImageStreams.open(file, "r");
        } catch (StreamFormatException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    /** Cuts the damaged tail off {@code file}, as {@link ImageStreams#repair(Path)}. */
    static Optional<DamagedTail> repair(Path file) throws IOException {
        requireNotFolder(file);
        try {
            return ImageStreams.repair(file);
        } catch (StreamFormatException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    /**
     * Checks that {@code file} is no folder: a folder opens, and reading it fails with a
     * message that does not name it.
     *
     * @throws FileSystemException naming it if it is one
     */
    static void requireNotFolder(Path file) throws FileSystemException {
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "is a directory");
        }
    }

    /**
     * Checks that {@code stream} holds at least one whole frame.
     *
     * @throws BadInputException if it holds none
     */
    static void requireFrames(Path file, ImageStream stream) {
        if (stream.count() == 0) {
            throw new BadInputException(file + ": the stream holds no whole frame");
        }
    }

    /** Warns on {@code err} that the stream's damaged tail, if it has one, was left out. */
    static void warnAboutTail(Path file, ImageStream stream, String what, PrintWriter err) {
        stream.damagedTail().ifPresent(tail -> err.printf("warning: %s: %d damaged bytes at offset %d %s: %s%n",
                file, tail.length(), tail.offset(), what, tail.reason()));
    }
}
