package dev.omvio.cli;

import dev.omvio.cli.media.MjpegAviReader;
import dev.omvio.codec.CorruptImageException;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A Motion-JPEG AVI as a stream of JPEG frames: the pictures' bytes unchanged, each frame at
 * the time the AVI shows it (a held picture lengthens the interval to the next). The AVI's
 * declared size is held to the pixel budget, and every picture must decode as {@code verify}
 * decodes it before it is written.
 */
final class AviImport {
    private AviImport() {
    }

    /**
     * Writes every picture of {@code avi} to a new stream file {@code output}, one of
     * {@code outputs}; returns the number of frames.
     */
    static int write(Path avi, OutputFiles outputs, Path output, DecodeOptions options) throws IOException {
        try (MjpegAviReader reader = openAvi(avi)) {
            if (reader.pictures().isEmpty()) {
                throw new BadInputException(avi + ": the AVI holds no picture");
            }
            try {
                options.checkPixels("the AVI's stream format", reader.width(), reader.height());
            } catch (CorruptImageException e) {
                throw new BadInputException(avi + ": " + e.getMessage());
            }
            try (StreamOutput out = StreamOutput.create(outputs, output);
                 Progress progress = Progress.start("import", reader.pictures().size())) {
                for (int index = 0; index < reader.pictures().size(); index++) {
                    MjpegAviReader.Picture picture = reader.pictures().get(index);
                    Image frame = Image.wrap(reader.width(), reader.height(), PixelFormat.JPEG, reader.read(picture));
                    out.write(checked(avi, index, picture, frame, options), picture.timeMicros());
                    progress.step();
                }
                out.commit();
            }
            return reader.pictures().size();
        }
    }

    private static Image checked(Path avi, int index, MjpegAviReader.Picture picture, Image frame, DecodeOptions options)
            throws IOException {
        try {
            return FramePictures.checked(frame, options);
        } catch (CorruptImageException e) {
            throw new BadInputException(avi + ": picture " + index + " at offset " + picture.offset() + ": " + e.getMessage());
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
