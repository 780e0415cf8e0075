package dev.omvio.cli;

import dev.omvio.cli.media.MjpegAviWriter;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A stream as a Motion-JPEG AVI with the recorded timing: the video runs on the clip's typical
 * interval ({@link FrameTimes#tickMicros()}) and each frame is placed at its recorded time.
 * JPEG frames are copied as they are; others are encoded. A skipped frame leaves the previous
 * picture on screen until the next one's time.
 */
final class AviExport {
    private AviExport() {
    }

    /** Writes the frames of {@code stream} to {@code avi}, one of {@code outputs}; returns the number written. */
    static int write(ImageStream stream, FrameDecoding decoding, OutputFiles outputs, Path avi, int jpegQuality)
            throws IOException {
        FrameInfo first = stream.frameInfo(0);
        FrameTimes times = FrameTimes.of(stream.frameInfos());
        stream.seek(0);
        try (OutputFile output = outputs.create(avi)) {
            int written;
            try (MjpegAviWriter writer = new MjpegAviWriter(output.path(), first.width(), first.height(),
                    times.tickMicros());
                 Progress progress = Progress.start("avi", stream.count())) {
                for (int index = 0; index < stream.count(); index++) {
                    Image frame = stream.read(true, false, false).orElseThrow();
                    if (frame.width() != first.width() || frame.height() != first.height()) {
                        throw new BadInputException("frame " + index + " is " + frame.width() + "x" + frame.height()
                                + " but an AVI has one size, that of frame 0: " + first.width() + "x" + first.height());
                    }
                    Optional<ByteBuffer> jpeg = decoding.attempt(index,
                            () -> FramePictures.asFile(frame, PixelFormat.JPEG, jpegQuality, decoding.options()).data());
                    if (jpeg.isPresent()) {
                        writer.write(jpeg.get(), times.micros(index));
                    }
                    progress.step();
                }
                written = writer.pictures();
                decoding.requireDecoded(written);
            }
            output.commit();
            return written;
        }
    }
}
