package dev.omvio.cli;

import dev.omvio.cli.media.MjpegAviWriter;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A stream as a Motion-JPEG AVI with the recorded timing: the video runs on the clip's typical
 * interval ({@link FrameTimes#tickMicros()}) and each frame is placed at its recorded time.
 * JPEG frames are copied as they are; others are encoded.
 */
final class AviExport {
    private AviExport() {
    }

    /** Writes every frame of {@code stream} to {@code avi}; returns the number of frames. */
    static int write(ImageStream stream, Path avi, int jpegQuality, boolean force) throws IOException {
        FrameInfo first = stream.frameInfo(0);
        FrameTimes times = FrameTimes.of(stream.frameInfos());
        OutputFiles.checkWritable(avi, force);
        stream.seek(0);
        try (MjpegAviWriter writer = new MjpegAviWriter(avi, first.width(), first.height(), times.tickMicros());
             Progress progress = Progress.start("avi", stream.count())) {
            for (int index = 0; index < stream.count(); index++) {
                Image frame = stream.read(true, false, false).orElseThrow();
                if (frame.width() != first.width() || frame.height() != first.height()) {
                    throw new BadInputException("frame " + index + " is " + frame.width() + "x" + frame.height()
                            + " but an AVI has one size, that of frame 0: " + first.width() + "x" + first.height());
                }
                writer.write(FramePictures.asFile(frame, PixelFormat.JPEG, jpegQuality).data(), times.micros(index));
                progress.step();
            }
        }
        return stream.count();
    }
}
