package dev.omvio.reliability.fuzz;

import dev.omvio.reliability.ScratchFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One file per JVM that a fuzz target writes each input to: the engines under test read files. */
final class ScratchFile {
    private static final Path FILE = create();

    private ScratchFile() {
    }

    /** The scratch file, now holding exactly {@code content}. */
    static Path holding(byte[] content) throws IOException {
        return ScratchFiles.write(FILE, content, content.length);
    }

    private static Path create() {
        try {
            Path file = Files.createTempFile("omvio-fuzz", ".bin");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
