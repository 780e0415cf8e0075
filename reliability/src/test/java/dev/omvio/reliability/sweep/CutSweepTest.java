package dev.omvio.reliability.sweep;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.reliability.CameraRecording;
import dev.omvio.reliability.FileEngine;
import dev.omvio.reliability.ScratchFiles;
import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.spi.FileStreamProvider;
import dev.omvio.stream.ManualClock;
import dev.omvio.stream.StreamMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The camera recording cut at every byte offset, as a camera losing power leaves it: it reads
 * exactly the whole frames before the cut, reports the rest as a damaged tail at the end of the
 * last whole frame, and after {@code repair} reads cleanly and takes new frames. (The engine is
 * called directly, as {@code ImageStreams} would, to keep the 53 000 rounds quick.)
 */
class CutSweepTest {
    private static final Image APPENDED = Image.of(3, 1, PixelFormat.RGB565, new byte[] {0x1F, 0, (byte) 0xE0, 0x07, 0, (byte) 0xF8});

    @TempDir
    Path dir;

    @Test
    void everyCutReadsTheWholeFramesBeforeItAndRepairsForAppending() throws IOException {
        CameraRecording recording = CameraRecording.build();
        byte[] full = recording.bytes();
        Path file = dir.resolve("cut.bin");
        FileStreamProvider engine = FileEngine.get();
        ManualClock clock = new ManualClock(0);
        long framesChecked = 0;
        for (int cut = 16; cut <= full.length; cut++) {
            ScratchFiles.write(file, full, cut);
            int whole = recording.wholeFramesIn(cut);
            long readableEnd = whole == 0 ? 16 : recording.chunkEnd(whole - 1);
            Optional<DamagedTail> tail = Optional.empty();
            String at = "cut at " + cut;
            try (ImageStream in = engine.open(file, StreamMode.READ, clock)) {
                assertThat(in.count()).as(at).isEqualTo(whole);
                tail = in.damagedTail();
                if (cut > readableEnd) {
                    assertThat(tail).as(at).isPresent();
                    assertThat(tail.get().offset()).as(at).isEqualTo(readableEnd);
                    assertThat(tail.get().length()).as(at).isEqualTo(cut - readableEnd);
                } else {
                    assertThat(tail).as(at).isEmpty();
                }
                framesChecked += checkFrames(in, recording, whole, cut, at);
            }
            assertThat(engine.repair(file)).as(at).isEqualTo(tail);
            assertThat(Files.size(file)).as(at).isEqualTo(readableEnd);
            try (ImageStream out = engine.open(file, StreamMode.APPEND, clock)) {
                assertThat(out.offset()).as(at).isEqualTo(whole);
                out.write(APPENDED, 40_000);
            }
            try (ImageStream in = engine.open(file, StreamMode.READ, clock)) {
                assertThat(in.damagedTail()).as(at).isEmpty();
                assertThat(in.count()).as(at).isEqualTo(whole + 1);
                assertThat(in.frameInfo(whole).offset()).as(at).isEqualTo(readableEnd);
                assertThat(in.frameInfo(whole).intervalMicros()).as(at).isEqualTo(40_000);
                assertThat(in.readFrame(whole)).as(at).isEqualTo(APPENDED);
                if (whole > 0) {
                    assertThat(in.readFrame(whole - 1)).as(at).isEqualTo(recording.frames().get(whole - 1));
                }
            }
        }
        System.out.printf("cut sweep: %d cuts of a %d-byte recording of %d frames, %d frames read back, 0 lost%n",
                full.length - 15, full.length, recording.count(), framesChecked);
    }

    /**
     * Every cut: the last whole frame, the one next to the damage. At a frame boundary, all of
     * them: what the camera wrote before the cut is never lost.
     */
    private static int checkFrames(ImageStream in, CameraRecording recording, int whole, int cut, String at) throws IOException {
        boolean boundary = whole > 0 && cut == recording.chunkEnd(whole - 1);
        int from = boundary ? 0 : Math.max(0, whole - 1);
        for (int i = from; i < whole; i++) {
            assertThat(in.frameInfo(i).offset()).as(at).isEqualTo(recording.chunkStart(i));
            assertThat(in.frameInfo(i).intervalMicros()).as(at).isEqualTo(recording.intervalMicros(i));
            assertThat(in.readFrame(i)).as(at + ", frame " + i).isEqualTo(recording.frames().get(i));
        }
        return whole - from;
    }
}
