package dev.omvio.spark;

import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the driver plans a file's slices from: every frame's chunk header, as the file engine
 * indexed them (no frame data read), and the damaged tail.
 *
 * @param frames every whole frame, in order
 * @param damagedTail the bytes after the last whole frame that are not a frame, if any
 */
record RecordingIndex(List<FrameInfo> frames, Optional<DamagedTail> damagedTail) {
    RecordingIndex {
        frames = List.copyOf(frames);
        Objects.requireNonNull(damagedTail, "damagedTail");
    }

    /**
     * Indexes {@code file} with the file engine.
     *
     * @throws IOException if the file cannot be opened or is not a stream file
     */
    static RecordingIndex read(Path file) throws IOException {
        try (ImageStream stream = ImageStreams.open(file, "r")) {
            return new RecordingIndex(stream.frameInfos(), stream.damagedTail());
        }
    }
}
