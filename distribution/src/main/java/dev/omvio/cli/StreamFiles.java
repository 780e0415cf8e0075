package dev.omvio.cli;

import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamFormatException;

import java.io.IOException;
import java.nio.file.Path;

/** Opening the stream files that commands are given, with the file's name in any error. */
final class StreamFiles {
    private StreamFiles() {
    }

    static ImageStream openForReading(Path file) throws IOException {
        try {
            return ImageStreams.open(file, "r");
        } catch (StreamFormatException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }
}
