package dev.omvio.cli;

import dev.omvio.cli.media.MjpegAviReader;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A Motion-JPEG AVI as a stream of JPEG frames: the pictures' bytes unchanged, each frame at
 * the time the AVI shows it (a held picture lengthens the interval to the next).
 */
final class AviImport {
    private AviImport() {
    }

    /**
     * Writes every picture of {@code avi} to a new stream file {@code output}, one of
     * {@code outputs}; returns the number of frames.
     */
    static int write(Path avi, OutputFiles outputs, Path output) throws IOException {
        try (MjpegAviReader reader = openAvi(avi)) {
            if (reader.pictures().isEmpty()) {
                throw new BadInputException(avi + ": the AVI holds no picture");
            }
            try (StreamOutput out = StreamOutput.create(outputs, output);
                 Progress progress = Progress.start("import", reader.pictures().size())) {
                for (MjpegAviReader.Picture picture : reader.pictures()) {
                    out.write(Image.wrap(reader.width(), reader.height(), PixelFormat.JPEG, reader.read(picture)),
                            picture.timeMicros());
                    progress.step();
                }
                out.commit();
            }
            return reader.pictures().size();
        }
    }

    private static MjpegAviReader openAvi(Path avi) throws IOException {
        try {
            return MjpegAviReader.open(avi);
        } catch (FileSystemException unusable) { // names the file and the reason already
            throw unusable;
        } catch (IOException e) {
            throw new BadInputException(avi + ": " + e.getMessage());
        }
    }
}
