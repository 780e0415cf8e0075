package dev.omvio.reliability.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.reliability.StreamChecks;
import dev.omvio.reliability.StreamLayout;
import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.ManualClock;
import dev.omvio.stream.StreamFormatException;
import dev.omvio.stream.StreamMode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The file stream engine on arbitrary files. The one documented failure is a
 * {@link StreamFormatException} at offset 0 for a file without a known magic; anything else
 * that escapes (an unchecked exception, an OutOfMemoryError from a header value, a hang past
 * the per-input time limit) is a finding.
 */
class FileStreamFuzzTest {
    private static final Image APPENDED = Image.of(2, 2, PixelFormat.GRAYSCALE, new byte[] {1, 2, 3, 4});

    /** Opening and reading any file: every whole frame readable, the rest reported as the damaged tail. */
    @FuzzTest(maxDuration = FuzzSettings.DURATION)
    void readsAnyFile(byte[] content) throws IOException {
        Path file = ScratchFile.holding(content);
        if (StreamLayout.versionOf(content) < 0) {
            assertNotAStream(() -> ImageStreams.open(file, "r"));
            return;
        }
        try (ImageStream in = ImageStreams.open(file, "r")) {
            StreamChecks.assertConsistent(in, content.length);
        }
    }

    /** Repairing any file leaves its whole frames and no damage, and a version 2 file then takes a new frame. */
    @FuzzTest(maxDuration = FuzzSettings.DURATION)
    void repairsAndAppendsToAnyFile(byte[] content) throws IOException {
        Path file = ScratchFile.holding(content);
        int version = StreamLayout.versionOf(content);
        if (version < 0) {
            assertNotAStream(() -> ImageStreams.repair(file));
            assertThat(Files.readAllBytes(file)).isEqualTo(content);
            return;
        }
        List<Image> frames;
        List<FrameInfo> infos;
        Optional<DamagedTail> tail;
        try (ImageStream in = ImageStreams.open(file, "r")) {
            frames = StreamChecks.assertConsistent(in, content.length);
            infos = in.frameInfos();
            tail = in.damagedTail();
        }
        assertThat(ImageStreams.repair(file)).isEqualTo(tail);
        long repairedLength = Files.size(file);
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.damagedTail()).isEmpty();
            assertThat(StreamChecks.assertConsistent(in, repairedLength)).isEqualTo(frames);
        }
        if (version < 20) {
            assertThatThrownBy(() -> ImageStreams.open(file, "a")).isInstanceOf(StreamFormatException.class);
            return;
        }
        try (ImageStream out = ImageStreams.open(file, StreamMode.APPEND, new ManualClock(0))) {
            out.write(APPENDED, 1_000);
        }
        try (ImageStream in = ImageStreams.open(file, "r")) {
            List<Image> appended = StreamChecks.assertConsistent(in, Files.size(file));
            assertThat(appended).hasSize(frames.size() + 1);
            assertThat(appended.subList(0, frames.size())).isEqualTo(frames);
            assertThat(appended.get(frames.size())).isEqualTo(APPENDED);
            assertThat(in.frameInfos().subList(0, infos.size())).isEqualTo(infos);
            assertThat(in.frameInfo(frames.size()).offset()).isEqualTo(repairedLength);
        }
    }

    private static void assertNotAStream(ThrowingCallable open) {
        assertThatThrownBy(open).isInstanceOfSatisfying(StreamFormatException.class,
                e -> assertThat(e.offset()).isZero());
    }
}
