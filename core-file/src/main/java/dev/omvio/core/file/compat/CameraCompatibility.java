package dev.omvio.core.file.compat;

import dev.omvio.stream.NotRegularFileException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Checks whether the OpenMV camera firmware and the OpenMV IDE would open a stream file, by
 * walking it as each of them does.
 *
 * <pre>{@code
 * CompatibilityReport report = CameraCompatibility.check(Path.of("clip.bin"));
 * if (!report.bothAccept()) {
 *     report.verdicts().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Any file can be checked, not only ones omvio reads: the verdicts say where each reader
 * gives up. The check reads chunk headers only, in constant memory, and its time is bounded by
 * the file's size (each chunk moves it at least 16 bytes on).
 */
public final class CameraCompatibility {
    private CameraCompatibility() {
    }

    /**
     * Walks {@code file} as the firmware and as the IDE would read it.
     *
     * @param file the stream file to check
     * @return what each reader makes of the file
     * @throws NotRegularFileException if it is a directory, FIFO, socket or device (refused
     *     before opening it: a FIFO's open would block)
     * @throws IOException if the file cannot be opened or read, or shrinks during the check
     */
    public static CompatibilityReport check(Path file) throws IOException {
        NotRegularFileException.requireRegularFile(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileBytes bytes = new FileBytes(channel);
            return new CompatibilityReport(FirmwareWalk.walk(bytes), IdeWalk.walk(bytes));
        }
    }
}
