package dev.omvio.reliability.crash;

import dev.omvio.image.Image;
import dev.omvio.reliability.FramePattern;
import dev.omvio.reliability.RecorderProcess;
import dev.omvio.reliability.StreamChecks;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recorder in another JVM is killed with SIGKILL at random moments. After each kill the file
 * yields every frame written before the last {@code sync()} (and every frame seen whole
 * before), each exactly as written, never a corrupt one, and appending continues the recording.
 *
 * <p>The kill moments come from {@code reliability.crash.seed} (printed); the number of kills
 * from {@code reliability.crash.trials}.
 */
class CrashTest {
    private static final long SEED = Long.getLong("reliability.crash.seed", 20_261_125L);
    private static final int TRIALS = Integer.getInteger("reliability.crash.trials", 24);
    private static final int[] SYNC_EVERY = {1, 4, 16};

    @TempDir
    Path dir;

    /**
     * Kills on the same file, each new recorder appending with {@code "a"} to what the last
     * one left (cutting a torn frame off first), as a camera does that loses power and restarts.
     */
    @Test
    void everySyncedFrameSurvivesAKillAndTheRecordingContinues() throws Exception {
        System.out.printf("crash test: seed %d, %d kills%n", SEED, TRIALS);
        Random random = new Random(SEED);
        Path file = dir.resolve("recording.bin");
        int duringStartUp = 0;
        int tornTails = 0;
        int frames = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            int syncEvery = SYNC_EVERY[random.nextInt(SYNC_EVERY.length)];
            RecorderProcess recorder = RecorderProcess.start(file, trial == 0 ? "w" : "a", FramePattern.SMALL, 1_000_000, syncEvery, 1);
            // One kill in four is timed from process start, so it may land while the JVM starts or
            // opens the file; the others from the recorder's first frame, so that a loaded machine,
            // where a JVM takes long to start, still kills recorders mid-recording. The recorder
            // paces itself at up to 1000 frames a second to keep the file small.
            if (trial == 0 || random.nextInt(4) != 0) {
                recorder.awaitStarted(); // the file exists from here on
            }
            Thread.sleep(random.nextInt(800));
            recorder.kill();
            duringStartUp += recorder.hasStarted() ? 0 : 1;
            String at = "trial " + trial + " (sync every " + syncEvery + ", last synced " + recorder.lastSynced() + ")";
            Recovered recovered = recover(file, FramePattern.SMALL, at);
            assertThat(recovered.frames()).as(at).isGreaterThanOrEqualTo(Math.max(recorder.lastSynced(), frames));
            frames = recovered.frames();
            tornTails += recovered.torn() ? 1 : 0;
        }
        appendTenFrames(file, FramePattern.SMALL, frames);
        System.out.printf("crash test: %d kills survived (%d before the recorder had its file open), "
                + "%d left a torn frame, %d frames recorded, 0 lost%n", TRIALS, duringStartUp, tornTails, frames);
    }

    /**
     * Kills while half-megabyte frames are being written, so that some land in the middle of a
     * chunk: the torn chunk is a damaged tail, never a frame, and appending cuts it off. Each
     * trial records a new file, deleted afterwards.
     */
    @Test
    void aKillInTheMiddleOfALargeFrameLeavesOnlyWholeFrames() throws Exception {
        Random random = new Random(SEED + 1);
        int trials = TRIALS;
        int tornTails = 0;
        int frames = 0;
        for (int trial = 0; trial < trials; trial++) {
            Path file = dir.resolve("large-" + trial + ".bin");
            RecorderProcess recorder = RecorderProcess.start(file, "w", FramePattern.LARGE, 1_000_000, 1_000_000, 0);
            recorder.awaitStarted();
            Thread.sleep(random.nextInt(30));
            recorder.kill();
            Recovered recovered = recover(file, FramePattern.LARGE, "large-frame trial " + trial);
            tornTails += recovered.torn() ? 1 : 0;
            frames += recovered.frames();
            appendTenFrames(file, FramePattern.LARGE, recovered.frames());
            Files.delete(file);
        }
        System.out.printf("crash test: %d kills while writing half-megabyte frames, %d left a torn frame, "
                + "%d whole frames kept, 0 lost%n", trials, tornTails, frames);
    }

    private record Recovered(int frames, boolean torn) {
    }

    /** Opens what a killed recorder left and checks every frame against the pattern. */
    private static Recovered recover(Path file, FramePattern pattern, String at) throws IOException {
        try (ImageStream in = ImageStreams.open(file, "r")) {
            List<Image> frames = StreamChecks.assertConsistent(in, Files.size(file));
            for (int i = 0; i < frames.size(); i++) {
                assertThat(frames.get(i)).as(at + ", frame " + i).isEqualTo(pattern.frame(i));
                assertThat(in.frameInfo(i).intervalMicros()).as(at).isEqualTo(pattern.intervalMicros(i));
            }
            return new Recovered(frames.size(), in.damagedTail().isPresent());
        }
    }

    /** Appends ten frames of the pattern after the {@code frames} recovered ones and checks them all. */
    private static void appendTenFrames(Path file, FramePattern pattern, int frames) throws IOException {
        try (ImageStream out = ImageStreams.open(file, "a")) {
            assertThat(out.count()).isEqualTo(frames);
            for (int i = frames; i < frames + 10; i++) {
                out.write(pattern.frame(i), pattern.intervalMicros(i));
            }
        }
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.damagedTail()).isEmpty();
            List<Image> all = StreamChecks.assertConsistent(in, Files.size(file));
            assertThat(all).hasSize(frames + 10);
            for (int i = 0; i < all.size(); i++) {
                assertThat(all.get(i)).as("frame " + i).isEqualTo(pattern.frame(i));
            }
        }
    }
}
