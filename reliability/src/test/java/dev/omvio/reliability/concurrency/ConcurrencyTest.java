package dev.omvio.reliability.concurrency;

import dev.omvio.image.Image;
import dev.omvio.reliability.CameraRecording;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Readers in many threads, and readers racing a writer in another process. */
class ConcurrencyTest {
    private static final int THREADS = 8;

    @TempDir
    Path dir;

    /**
     * Eight threads read the camera recording at random through one shared stream, and each also
     * reads it in order through a stream of its own into that stream's frame buffer: every
     * thread gets exactly the frames one thread gets.
     */
    @Test
    void manyThreadsReadTheSamePixelsAsOne() throws Exception {
        CameraRecording recording = CameraRecording.build();
        Path file = Files.write(dir.resolve("camera.bin"), recording.bytes());
        List<Image> oneThread = new ArrayList<>();
        try (ImageStream shared = ImageStreams.open(file, "r")) {
            for (Image frame : shared.images()) {
                oneThread.add(frame);
            }
            assertThat(oneThread).isEqualTo(recording.frames());
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Callable<Integer>> readers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    long seed = t;
                    readers.add(() -> readInRandomOrderAndInSequence(shared, file, oneThread, seed));
                }
                int reads = 0;
                for (Future<Integer> result : pool.invokeAll(readers)) {
                    reads += result.get();
                }
                System.out.printf("concurrency: %d threads read %d frames, each equal to the single-threaded read%n", THREADS, reads);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static int readInRandomOrderAndInSequence(ImageStream shared, Path file, List<Image> expected, long seed)
            throws IOException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        int reads = 0;
        try (ImageStream own = ImageStreams.open(file, "r")) {
            for (int round = 0; round < 50; round++) {
                Collections.shuffle(order, random);
                for (int i : order) {
                    assertThat(shared.readFrame(i)).as("frame %d", i).isEqualTo(expected.get(i));
                    reads++;
                }
                for (Image frame : expected) {
                    Optional<Image> read = own.read(true, true, false);
                    assertThat(read).contains(frame);
                    assertThat(read.get().isFrameBuffer()).isTrue();
                    reads++;
                }
            }
        }
        return reads;
    }

    /**
     * Readers keep opening a file that a recorder in another process is appending to and
     * syncing: each sees a prefix of whole frames, each exactly as written, never fewer than the
     * reader before it; a chunk still being written is at most a damaged tail.
     */
    @Test
    void readersOfAFileBeingAppendedToSeeWholeFramePrefixes() throws Exception {
        Path file = dir.resolve("live.bin");
        int frames = 1_500;
        RecorderProcess recorder = RecorderProcess.start(file, "w", FramePattern.SMALL, frames, 8, 1);
        recorder.awaitStarted();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<int[]>> readers = List.of(() -> readWhileRecording(file, recorder), () -> readWhileRecording(file, recorder));
            int opens = 0;
            int tails = 0;
            for (Future<int[]> result : pool.invokeAll(readers)) {
                opens += result.get()[0];
                tails += result.get()[1];
            }
            recorder.awaitDone(60);
            try (ImageStream in = ImageStreams.open(file, "r")) {
                assertThat(in.damagedTail()).isEmpty();
                assertWholePrefix(StreamChecks.assertConsistent(in, Files.size(file)), "after the recorder finished");
                assertThat(in.count()).isEqualTo(frames);
            }
            System.out.printf("concurrency: %d opens while another process appended %d frames, %d saw a chunk in flight, 0 torn frames%n",
                    opens, frames, tails);
        } finally {
            pool.shutdownNow();
            if (recorder.isAlive()) {
                recorder.kill();
            }
        }
    }

    /**
     * Two recorders in JVMs of their own start appending to one file at the same moment: exactly
     * one gets the file; the other is refused when it opens it, in one line naming the file and
     * the winner's pid (or "pid unknown"), with a nonzero exit; every frame the winner wrote is
     * in the file, after the frames that were there.
     */
    @Test
    void ofTwoProcessesAppendingAtOnceOneIsRefusedAndNoFrameIsLost() throws Exception {
        Path file = dir.resolve("shared.bin");
        int before = 10;
        try (ImageStream out = ImageStreams.open(file, "w")) {
            for (int i = 0; i < before; i++) {
                out.write(FramePattern.SMALL.frame(i), FramePattern.SMALL.intervalMicros(i));
            }
        }
        // 400 frames 20 ms apart: the winner holds the file for 8 s, far longer than the other JVM takes to start.
        int frames = 400;
        RecorderProcess first = RecorderProcess.start(file, "a", FramePattern.SMALL, frames, 8, 20);
        RecorderProcess second = RecorderProcess.start(file, "a", FramePattern.SMALL, frames, 8, 20);
        try {
            int firstExit = first.awaitExit(120);
            int secondExit = second.awaitExit(120);
            assertThat(List.of(firstExit, secondExit)).as(first.output() + second.output()).containsExactlyInAnyOrder(0, 2);
            RecorderProcess winner = firstExit == 0 ? first : second;
            RecorderProcess refused = firstExit == 0 ? second : first;
            assertThat(refused.output()).matches(Pattern.quote("refused " + file + ": in use by another writer (")
                    + "(pid " + winner.pid() + "|pid unknown)\\)\n");
            try (ImageStream in = ImageStreams.open(file, "r")) {
                assertThat(in.damagedTail()).isEmpty();
                assertWholePrefix(StreamChecks.assertConsistent(in, Files.size(file)), "after both recorders ended");
                assertThat(in.count()).isEqualTo(before + frames);
            }
            System.out.printf("concurrency: of 2 processes appending at once, 1 wrote %d frames, 1 was refused (%s), 0 frames lost%n",
                    frames, refused.output().contains("pid unknown") ? "pid unknown" : "pid of the holder named");
        } finally {
            for (RecorderProcess recorder : List.of(first, second)) {
                if (recorder.isAlive()) {
                    recorder.kill();
                }
            }
        }
    }

    /** Returns how many times the file was opened and how often a chunk was seen half written. */
    private static int[] readWhileRecording(Path file, RecorderProcess recorder) throws IOException {
        int opens = 0;
        int tails = 0;
        int seen = 0;
        while (recorder.isAlive()) {
            int synced = recorder.lastSynced();
            long lengthBefore = Files.size(file);
            try (ImageStream in = ImageStreams.open(file, "r")) {
                List<Image> frames = StreamChecks.assertConsistent(in, lengthBefore, in.size());
                String at = "open " + opens;
                assertThat(frames.size()).as(at).isGreaterThanOrEqualTo(Math.max(seen, synced));
                assertWholePrefix(frames.subList(seen, frames.size()), seen, at);
                seen = frames.size();
                tails += in.damagedTail().isPresent() ? 1 : 0;
                opens++;
            }
        }
        return new int[] {opens, tails};
    }

    private static void assertWholePrefix(List<Image> frames, String at) {
        assertWholePrefix(frames, 0, at);
    }

    private static void assertWholePrefix(List<Image> frames, int first, String at) {
        for (int i = 0; i < frames.size(); i++) {
            assertThat(frames.get(i)).as(at + ", frame " + (first + i)).isEqualTo(FramePattern.SMALL.frame(first + i));
        }
    }
}
