package dev.omvio.reliability.sweep;

import dev.omvio.core.file.HeaderWindow;
import dev.omvio.core.file.split.FrameRunReader;
import dev.omvio.image.PixelFormat;
import dev.omvio.reliability.CameraRecording;
import dev.omvio.reliability.FileEngine;
import dev.omvio.reliability.FrameRuns;
import dev.omvio.reliability.HandLaidStream;
import dev.omvio.reliability.ScratchFiles;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ManualClock;
import dev.omvio.stream.StreamMode;
import dev.omvio.stream.spi.FileStreamProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two small files laid out by hand, cut at every byte offset, each cut read through
 * {@link FrameRunReader} in every split of its whole frames into runs (as the Spark source's
 * tasks read a file): the runs give exactly the frames the engine reads from the same cut file,
 * the whole frames are exactly those whose data the cut keeps, and a run asking for more than
 * them, from any frame, ends at the engine's readable end without inventing one. And runs over
 * a file larger than the header window the readers share.
 */
class FrameRunSweepTest {
    @TempDir
    Path dir;

    // Offsets by FORMAT.md: 16-byte magic; 1.x headers of 16 bytes, 2.x of 32; data padded to 16.
    static Stream<Arguments> files() {
        return Stream.of(
                // 16 GRAYSCALE 3x2 (6) -> 38, pad 48; 48 RGB565 4x2 big-endian (16) -> 80, no padding;
                // 80 JPEG of 5 bytes (bpp 5) -> 101, pad 112; 112 Bayer BGGR 4x3 (12) -> 140, pad 144;
                // 144 BINARY 33x1 (8: two 32-bit words a row) -> 168, pad 176
                Arguments.of("1.0", new HandLaidStream("1.0")
                        .frame1(3, 2, 1, HandLaidStream.pattern(6, 1))
                        .frame1(4, 2, 2, HandLaidStream.pattern(16, 2))
                        .frame1(16, 16, 5, HandLaidStream.pattern(5, 3))
                        .frame1(4, 3, 3, HandLaidStream.pattern(12, 4))
                        .frame1(33, 1, 0, HandLaidStream.pattern(8, 5)),
                        List.of(38, 80, 101, 140, 168)),
                // 16 GRAYSCALE 3x2 (6) -> 54, pad 64; 64 ARGB8 2x2, the header alone -> 96;
                // 96 RGB565 4x2 (16) -> 144, no padding; 144 JPEG of 5 bytes -> 181, pad 192;
                // 192 YUV422 2x1 (4) -> 228, pad 240; 240 BINARY 33x1 (8) -> 280, pad 288
                Arguments.of("2.1", new HandLaidStream("2.1")
                        .frame2(3, 2, PixelFormat.GRAYSCALE, 6)
                        .frame2(2, 2, PixelFormat.ARGB8, new byte[0])
                        .frame2(4, 2, PixelFormat.RGB565, 7)
                        .frame2(16, 16, PixelFormat.JPEG, HandLaidStream.pattern(5, 8))
                        .frame2(2, 1, PixelFormat.YUV422, 9)
                        .frame2(33, 1, PixelFormat.BINARY, 10),
                        List.of(54, 96, 144, 181, 228, 280)));
    }

    @ParameterizedTest(name = "version {0}")
    @MethodSource("files")
    void everyCutReadInEverySplitIntoRunsGivesTheEnginesFrames(String version, HandLaidStream layout,
            List<Integer> dataEnds) throws IOException {
        assertThat(layout.dataEnds()).isEqualTo(dataEnds);
        byte[] full = layout.bytes();
        Path file = dir.resolve("cut.bin");
        FileStreamProvider engine = FileEngine.get();
        ManualClock clock = new ManualClock(0);
        long splits = 0;
        long framesRead = 0;
        for (int cut = 16; cut <= full.length; cut++) {
            ScratchFiles.write(file, full, cut);
            FrameRuns view;
            try (ImageStream in = engine.open(file, StreamMode.READ, clock)) {
                view = FrameRuns.of(in);
            }
            int whole = wholeFrames(dataEnds, cut);
            assertThat(view.count()).as("whole frames in a cut at %d", cut).isEqualTo(whole);
            // Every split: a cut after frame i or not, for each i but the last.
            for (int cuts = 0; cuts < 1 << Math.max(0, whole - 1); cuts++) {
                framesRead += view.assertRunsAgree(file, runLengths(cuts, whole));
                splits++;
            }
            for (int first = 0; first <= whole; first++) {
                view.assertNoFrameInvented(file, first, 1);
            }
        }
        assertThat(wholeFrames(dataEnds, full.length)).isEqualTo(dataEnds.size());
        System.out.printf("frame run sweep, version %s: %d cuts of a %d-byte file of %d frames, %d splits into runs,"
                + " %d frames read through runs, each equal to the engine's%n",
                version, full.length - 15, full.length, dataEnds.size(), splits, framesRead);
    }

    /**
     * The camera recording's frames three times over in one file (27 frames, 158,704 bytes: more
     * than twice the engine's 64 KiB header window, with frames from under a kilobyte to the
     * camera's 34,838-byte JPEG), so that the readers' header windows are refilled, shrunk and grown as they
     * walk: a run of every length from every frame gives the engine's frames, and one frame
     * more ends at the end of the file.
     */
    @Test
    void runsOfAFileLargerThanTheHeaderWindowGiveTheEnginesFrames() throws IOException {
        byte[] recording = CameraRecording.build().bytes();
        byte[] tripled = Arrays.copyOf(recording, 16 + 3 * (recording.length - 16));
        for (int copy = 1; copy < 3; copy++) { // each copy's chunks, magic left out: 16 + n * chunks
            System.arraycopy(recording, 16, tripled, 16 + copy * (recording.length - 16), recording.length - 16);
        }
        assertThat(tripled.length).isGreaterThan(2 * HeaderWindow.SIZE);
        Path file = ScratchFiles.write(dir.resolve("tripled.bin"), tripled, tripled.length);
        FrameRuns view;
        try (ImageStream in = FileEngine.get().open(file, StreamMode.READ, new ManualClock(0))) {
            view = FrameRuns.of(in);
        }
        assertThat(view.count()).isEqualTo(27);
        assertThat(view.readableEnd()).isEqualTo(tripled.length);
        for (int first = 0; first < view.count(); first++) {
            for (int length = 1; first + length <= view.count(); length++) {
                view.assertRunAgrees(file, first, length);
            }
        }
        for (int first = 0; first <= view.count(); first++) {
            view.assertNoFrameInvented(file, first, 1);
        }
    }

    private static int wholeFrames(List<Integer> dataEnds, int length) {
        int whole = 0;
        while (whole < dataEnds.size() && dataEnds.get(whole) <= length) {
            whole++;
        }
        return whole;
    }

    /** The run lengths of {@code frames} frames split after frame i wherever bit i of {@code cuts} is set. */
    private static int[] runLengths(int cuts, int frames) {
        int[] lengths = new int[Integer.bitCount(cuts) + (frames > 0 ? 1 : 0)];
        int run = 0;
        int start = 0;
        for (int i = 0; i < frames; i++) {
            if (i == frames - 1 || (cuts & 1 << i) != 0) {
                lengths[run++] = i + 1 - start;
                start = i + 1;
            }
        }
        return lengths;
    }
}
