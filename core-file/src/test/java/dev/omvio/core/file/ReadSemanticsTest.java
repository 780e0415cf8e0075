package dev.omvio.core.file;

import dev.omvio.stream.ManualClock;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** read, seek, loop, pause, copyToFb, write-after-seek and the closed and read-only rules. */
class ReadSemanticsTest {
    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(1_000_000_000L);

    /** A 2x2 GRAYSCALE frame whose four bytes are all {@code value}. */
    private static Image frame(int value) {
        return Image.of(2, 2, PixelFormat.GRAYSCALE, new byte[] {(byte) value, (byte) value, (byte) value, (byte) value});
    }

    /** A stream of frames 0, 1, ... with the given intervals in ms. */
    private Path stream(long... intervalsMs) throws IOException {
        Path file = dir.resolve("s.bin");
        try (ImageStream out = ImageStreams.open(file, StreamMode.WRITE, clock)) {
            for (int i = 0; i < intervalsMs.length; i++) {
                out.write(frame(i), intervalsMs[i] * 1_000);
            }
        }
        return file;
    }

    private ImageStream open(Path file) throws IOException {
        return ImageStreams.open(file, StreamMode.READ, clock);
    }

    @Test
    void loopGoesBackToTheFirstFrame() throws IOException {
        try (ImageStream in = open(stream(0, 0, 0))) {
            for (int expected : new int[] {0, 1, 2, 0, 1}) {
                assertThat(in.read(false, true, false)).contains(frame(expected));
            }
            assertThat(in.offset()).isEqualTo(2);
        }
    }

    @Test
    void withoutLoopTheEndIsEmptyAndStays() throws IOException {
        try (ImageStream in = open(stream(0, 0))) {
            assertThat(in.read(false, false, false)).contains(frame(0));
            assertThat(in.read(true, false, false).map(Image::copy)).contains(frame(1));
            assertThat(in.read(false, false, false)).isEmpty();
            assertThat(in.read(true, false, false)).isEmpty();
            assertThat(in.offset()).isEqualTo(2);
            assertThat(in.read(false, true, false)).contains(frame(0));
        }
    }

    @Test
    void anEmptyStreamReadsEmptyEvenWithLoop() throws IOException {
        try (ImageStream in = open(stream())) {
            assertThat(in.count()).isZero();
            assertThat(in.read(true, true, true)).isEmpty();
            assertThat(in.read(false, false, false)).isEmpty();
            assertThat(clock.sleeps()).isEmpty();
        }
    }

    @Test
    void seekAcceptsZeroToCount() throws IOException {
        try (ImageStream in = open(stream(0, 0, 0))) {
            assertThat(in.seek(2).read(false, false, false)).contains(frame(2));
            assertThat(in.seek(3).offset()).isEqualTo(3);
            assertThat(in.read(false, false, false)).isEmpty();
            assertThat(in.seek(0).read(false, false, false)).contains(frame(0));
            assertThatIllegalArgumentException().isThrownBy(() -> in.seek(4)).withMessageContaining("4");
            assertThatIllegalArgumentException().isThrownBy(() -> in.seek(-1)).withMessageContaining("-1");
            assertThat(in.offset()).isEqualTo(1);
        }
    }

    @Test
    void readFrameAndFrameInfoRejectIndicesOutsideTheFrames() throws IOException {
        try (ImageStream in = open(stream(0, 0))) {
            assertThatThrownBy(() -> in.readFrame(2)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> in.frameInfo(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void aWriteAfterSeekingIntoTheMiddleDropsTheRest() throws IOException {
        Path file = dir.resolve("w.bin");
        Image replacement = Image.of(3, 1, PixelFormat.RGB565, StreamBytes.sequence(50, 6));
        try (ImageStream out = ImageStreams.open(file, StreamMode.WRITE, clock)) {
            for (int i = 0; i < 4; i++) {
                out.write(frame(i), 0);
            }
            assertThat(out.size()).isEqualTo(16 + 4 * 48);
            out.seek(1).write(replacement, 7_000);
            assertThat(out.count()).isEqualTo(2);
            assertThat(out.offset()).isEqualTo(2);
            // chunk 1 at 64: 32-byte header + 6 data bytes + 10 bytes of padding
            assertThat(out.size()).isEqualTo(64 + 48);
            assertThat(out.readFrame(1)).isEqualTo(replacement);
            out.seek(2).write(frame(9), 0); // at the end: appends
            assertThat(out.count()).isEqualTo(3);
        }
        assertThat(Files.size(file)).isEqualTo(64 + 48 + 48);
        try (ImageStream in = open(file)) {
            assertThat(in.count()).isEqualTo(3);
            assertThat(in.images()).containsExactly(frame(0), replacement, frame(9));
            assertThat(in.frameInfo(1).intervalMicros()).isEqualTo(7_000);
        }
    }

    @Test
    void seekThenWriteAtTheStartLeavesOneFrame() throws IOException {
        Path file = dir.resolve("w.bin");
        try (ImageStream out = ImageStreams.open(file, StreamMode.WRITE, clock)) {
            out.write(frame(1), 0).write(frame(2), 0).seek(0).write(frame(3), 0);
            assertThat(out.count()).isEqualTo(1);
        }
        assertThat(Files.size(file)).isEqualTo(16 + 48);
    }

    @Test
    void pauseKeepsARunningScheduleFromOpening() throws IOException {
        try (ImageStream in = open(stream(10, 20, 30, 40))) {
            in.read(false, false, true);                  // schedule 10 ms, 0 passed
            in.read(false, false, true);                  // schedule 30 ms, 10 passed
            assertThat(clock.sleeps()).containsExactly(10_000_000L, 20_000_000L);
            clock.advance(35 * 1_000_000L);                      // a slow consumer: 65 ms passed
            in.read(false, false, true);                  // schedule 60 ms: already behind, no wait
            assertThat(clock.sleeps()).hasSize(2);
            in.read(false, false, true);                  // schedule 100 ms: 35 ms more
            assertThat(clock.sleeps()).containsExactly(10_000_000L, 20_000_000L, 35_000_000L);
        }
    }

    @Test
    void seekRestartsThePauseSchedule() throws IOException {
        try (ImageStream in = open(stream(10, 20, 30))) {
            clock.advance(1_000 * 1_000_000L);                   // long idle: the schedule is far behind
            in.read(false, false, true);
            assertThat(clock.sleeps()).isEmpty();
            in.seek(1);                                   // schedule starts again now
            in.read(false, false, true);
            in.read(false, false, true);
            assertThat(clock.sleeps()).containsExactly(20_000_000L, 30_000_000L);
        }
    }

    @Test
    void withoutPauseNothingWaits() throws IOException {
        try (ImageStream in = open(stream(10, 20))) {
            in.read(true, true, false);
            in.read(false, true, false);
            assertThat(clock.sleeps()).isEmpty();
        }
    }

    @Test
    void writeTimesFramesWithTheClock() throws IOException {
        Path file = dir.resolve("timed.bin");
        try (ImageStream out = ImageStreams.open(file, StreamMode.WRITE, clock)) {
            clock.advance(5 * 1_000_000L);
            out.write(frame(0));
            clock.advance(33_999_999);
            out.write(frame(1));
            out.write(frame(2), 4_000);
            clock.advance(2 * 1_000_000L);
            out.write(frame(3));
            assertThat(out.frameInfos()).extracting(info -> info.intervalMicros())
                    .containsExactly(5_000L, 33_000L, 4_000L, 2_000L);
        }
    }

    @Test
    void copyToFbReusesOneImageAndOverwritesIt() throws IOException {
        Path file = dir.resolve("fb.bin");
        Image wide = Image.of(4, 1, PixelFormat.GRAYSCALE, StreamBytes.sequence(100, 4));
        try (ImageStream out = ImageStreams.open(file, "w")) {
            out.write(frame(1), 0).write(frame(2), 0).write(wide, 0).write(frame(3), 0);
        }
        try (ImageStream in = open(file)) {
            Image first = in.read(true, false, false).orElseThrow();
            assertThat(first.isFrameBuffer()).isTrue();
            assertThat(first).isEqualTo(frame(1));
            Image second = in.read(true, false, false).orElseThrow();
            assertThat(second).isSameAs(first);
            assertThat(first).isEqualTo(frame(2)); // overwritten by the second read
            Image third = in.read(true, false, false).orElseThrow();
            assertThat(third).isEqualTo(wide);
            assertThat(third.isFrameBuffer()).isTrue();
            Image fourth = in.read(true, false, false).orElseThrow();
            assertThat(fourth).isEqualTo(frame(3));
            assertThat(third.toByteArray()).startsWith(3, 3, 3, 3); // same storage, overwritten
        }
    }

    @Test
    void copyToFbFalseGivesIndependentImages() throws IOException {
        try (ImageStream in = open(stream(0, 0))) {
            Image first = in.read(false, true, false).orElseThrow();
            Image second = in.read(false, true, false).orElseThrow();
            assertThat(first.isFrameBuffer()).isFalse();
            first.data().put(0, (byte) 77);
            assertThat(second).isEqualTo(frame(1));
            assertThat(in.read(false, true, false)).contains(frame(0));
            assertThat(in.readFrame(0)).isNotSameAs(in.readFrame(0)).isEqualTo(frame(0));
        }
    }

    @Test
    void manyFramesGrowTheIndexAndSeekAnywhere() throws IOException {
        Path file = dir.resolve("many.bin");
        try (ImageStream out = ImageStreams.open(file, "w")) {
            for (int i = 0; i < 1000; i++) {
                out.write(Image.of(1, 1, PixelFormat.GRAYSCALE, new byte[] {(byte) i}), i * 1_000L);
            }
        }
        try (ImageStream in = open(file)) {
            assertThat(in.count()).isEqualTo(1000);
            assertThat(in.frameInfo(999).offset()).isEqualTo(16 + 999 * 48);
            assertThat(in.frameInfo(999).intervalMicros()).isEqualTo(999_000);
            assertThat(in.seek(777).read(false, false, false).orElseThrow().toByteArray()).containsExactly((byte) 777);
            assertThat(in.size()).isEqualTo(16 + 1000 * 48);
        }
    }

    @Test
    void aClosedStreamRefusesEverythingButCloseAndIsClosed() throws IOException {
        ImageStream stream = ImageStreams.open(stream(0), StreamMode.APPEND, clock);
        stream.close();
        stream.close();
        assertThat(stream.isClosed()).isTrue();
        for (ThrowingCall call : new ThrowingCall[] {
            stream::count, stream::offset, stream::size, stream::version, stream::bufferSize, stream::type,
            stream::damagedTail, stream::sync, () -> stream.seek(0), () -> stream.read(), () -> stream.readFrame(0),
            () -> stream.frameInfo(0), () -> stream.write(frame(0)), () -> stream.write(frame(0), 0),
            stream::frameInfos,
        }) {
            assertThatIllegalStateException().isThrownBy(call::call).withMessage("stream closed");
        }
    }

    @Test
    void aStreamOpenedForReadingRefusesWrites() throws IOException {
        Path file = stream(0);
        byte[] before = Files.readAllBytes(file);
        try (ImageStream in = open(file)) {
            assertThatIllegalStateException().isThrownBy(() -> in.write(frame(1))).withMessage("stream opened for reading");
            assertThatIllegalStateException().isThrownBy(() -> in.write(frame(1), 0)).withMessage("stream opened for reading");
            assertThat(in.sync()).isSameAs(in);
        }
        assertThat(Files.readAllBytes(file)).containsExactly(before);
    }

    @Test
    void badWriteArgumentsNameTheValueAndChangeNothing() throws IOException {
        Path file = dir.resolve("bad.bin");
        try (ImageStream out = ImageStreams.open(file, StreamMode.WRITE, clock)) {
            out.write(frame(0), 0);
            assertThatIllegalArgumentException().isThrownBy(() -> out.write(frame(1), -5)).withMessageContaining("-5");
            Image tooWide = Image.blank(40_000, 1, PixelFormat.GRAYSCALE);
            assertThatIllegalArgumentException().isThrownBy(() -> out.seek(0).write(tooWide)).withMessageContaining("40000x1");
            assertThat(out.count()).isEqualTo(1);
            assertThat(out.size()).isEqualTo(64);
            assertThat(out.sync()).isSameAs(out);
        }
    }

    @Test
    void streamFacts() throws IOException {
        Path file = stream(0, 0);
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.type()).isEqualTo(ImageStream.FILE_STREAM);
            assertThat(in.bufferSize()).isEmpty();
            assertThat(in.version()).hasValue(20);
            assertThat(in.size()).isEqualTo(Files.size(file));
            assertThat(in.damagedTail()).isEqualTo(Optional.empty());
            assertThat(in.toString()).contains("V2.0").contains("2 frames");
        }
    }

    @Test
    void unknownModesAndMissingFilesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ImageStreams.open(dir.resolve("x.bin"), "x"))
                .withMessageContaining("'x'");
        assertThatThrownBy(() -> ImageStreams.open(dir.resolve("missing.bin"), "r")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> ImageStreams.open(dir.resolve("missing.bin"), "a")).isInstanceOf(NoSuchFileException.class);
    }

    @FunctionalInterface
    private interface ThrowingCall {
        Object call() throws IOException;
    }
}
