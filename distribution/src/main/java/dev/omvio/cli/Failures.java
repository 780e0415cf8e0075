package dev.omvio.cli;

import dev.omvio.codec.CorruptImageException;
import dev.omvio.stream.StreamFormatException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * What anything a command throws means to its user: one line of text and an exit code.
 * Bad input (a file that is no stream, a path that cannot be used, a bad value) is
 * {@value Omvio#BAD_INPUT}; any other I/O failure, or a tool that cannot do the job here, is
 * {@value Omvio#FAILURE}; anything else is a bug or a JVM out of memory: {@value Omvio#INTERNAL}.
 */
final class Failures {
    private Failures() {
    }

    /** The exit code for {@code thrown}. */
    static int exitCode(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        if (failure instanceof StreamFormatException || failure instanceof CorruptImageException
                || failure instanceof FileSystemException || failure instanceof IllegalArgumentException) {
            return Omvio.BAD_INPUT;
        }
        if (failure instanceof IOException || failure instanceof IllegalStateException
                || failure instanceof UnsupportedOperationException) {
            return Omvio.FAILURE;
        }
        return Omvio.INTERNAL;
    }

    /** {@code thrown} in one line. */
    static String describe(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        if (failure instanceof FileSystemException unusable) {
            return describe(unusable);
        }
        if (failure instanceof OutOfMemoryError) {
            return "out of memory (" + failure.getMessage() + "): give Java more, such as JAVA_TOOL_OPTIONS=-Xmx4g";
        }
        if (failure instanceof StackOverflowError) {
            return "internal error: stack overflow (--debug shows where)";
        }
        if (exitCode(failure) == Omvio.INTERNAL) {
            return "internal error: " + failure + " (--debug shows where)";
        }
        return oneLine(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }

    /** {@code path: reason}, or {@code path -> other: reason} for a failure between two files. */
    private static String describe(FileSystemException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = e.getReason() == null ? "no such file" : e.getReason();
        } else if (e instanceof FileAlreadyExistsException) {
            reason = "already exists (use --force to overwrite)";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NotDirectoryException) {
            reason = "not a folder";
        } else if (e instanceof DirectoryNotEmptyException) {
            reason = "folder not empty";
        } else if (e.getReason() != null) {
            reason = e.getReason().isEmpty() ? e.getReason()
                    : e.getReason().substring(0, 1).toLowerCase(Locale.ROOT) + e.getReason().substring(1);
        } else {
            reason = e.getClass().getSimpleName();
        }
        String files = e.getOtherFile() == null ? e.getFile() : e.getFile() + " -> " + e.getOtherFile();
        return oneLine(files == null ? reason : files + ": " + reason);
    }

    /** The failure itself, out of the wrappers that only carry it. */
    private static Throwable unwrap(Throwable thrown) {
        boolean wrapper = thrown instanceof UncheckedIOException || thrown instanceof CommandLine.ExecutionException;
        return wrapper && thrown.getCause() != null ? unwrap(thrown.getCause()) : thrown;
    }

    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }
}
