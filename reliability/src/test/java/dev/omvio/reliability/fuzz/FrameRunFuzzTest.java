package dev.omvio.reliability.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.omvio.core.file.split.FrameRunReader;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.reliability.FrameRuns;
import dev.omvio.reliability.StreamLayout;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamFormatException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The split reader behind the Spark source ({@link FrameRunReader}) on arbitrary files and
 * arbitrary plans. The plan (the last bytes of an input) comes first; the rest of the input is
 * the file. Its documented failures: {@link IllegalArgumentException} for an offset, first frame
 * or count that no plan can hold, a {@link StreamFormatException} at offset 0 for a file without
 * a known magic, and a {@link StreamFormatException} at the offset of the first chunk that is
 * not a whole frame. Anything else that escapes (another unchecked exception, an
 * OutOfMemoryError from a header value, a hang past the per-input time limit) is a finding.
 */
class FrameRunFuzzTest {
    /**
     * Any file the engine opens, its whole frames split into runs where the fuzzer chooses: the
     * runs give exactly the engine's frames, and a run asking for more ends at the engine's
     * readable end with a {@link StreamFormatException}, never with a frame the engine did not find.
     */
    @FuzzTest(maxDuration = FuzzSettings.QUICK_DURATION)
    void runsGiveTheEnginesFrames(FuzzedDataProvider data) throws IOException {
        int plan = data.consumeInt();
        byte[] content = data.consumeRemainingAsBytes();
        if (StreamLayout.versionOf(content) < 0) {
            return; // no stream: FileStreamFuzzTest and the plans below cover that refusal
        }
        Path file = ScratchFile.holding(content);
        FrameRuns engine;
        try (ImageStream in = ImageStreams.open(file, "r")) {
            engine = FrameRuns.of(in);
        }
        int split = Math.floorMod(plan, engine.count() + 1);
        int runLength = 1 + Math.floorMod(plan >> 8, Math.max(1, engine.count()));
        engine.assertRunsAgree(file, runLengths(split, runLength, engine.count()));
        engine.assertNoFrameInvented(file, split, 1 + (plan >>> 28));
    }

    /**
     * Any plan on any file: offsets anywhere (in the magic, in a header or in data, past the end,
     * negative, huge), any first frame and count. The reader refuses the plan, refuses the file,
     * or reads frames: each laid out where FORMAT.md puts the next chunk, within the file, its
     * bytes the file's own, until the count is reached or a {@link StreamFormatException} names
     * the offset of the chunk it could not read.
     */
    @FuzzTest(maxDuration = FuzzSettings.QUICK_DURATION)
    void anyPlanReadsFramesOrFailsAsDocumented(FuzzedDataProvider data) throws IOException {
        long rawOffset = data.consumeLong();
        int where = data.consumeInt(0, 2);
        int firstFrame = data.consumeBoolean() ? data.consumeInt(0, 100) : data.consumeInt();
        int count = data.consumeBoolean() ? data.consumeInt(0, 8) : data.consumeInt();
        byte[] content = data.consumeRemainingAsBytes();
        long offset = switch (where) {
            case 0 -> 16 * Math.floorMod(rawOffset, content.length / 16 + 2L); // a chunk position in the file or past it
            case 1 -> Math.floorMod(rawOffset, content.length + 32L); // any position in or near the file
            default -> rawOffset; // anything at all
        };
        Path file = ScratchFile.holding(content);
        boolean chunkPosition = offset >= StreamLayout.MAGIC_LENGTH && offset % 16 == 0;
        boolean framesInRange = firstFrame >= 0 && count >= 0 && (long) firstFrame + count <= Integer.MAX_VALUE;
        if (!chunkPosition || !framesInRange) {
            assertThatIllegalArgumentException().isThrownBy(() -> FrameRunReader.open(file, offset, firstFrame, count));
            return;
        }
        int version = StreamLayout.versionOf(content);
        if (version < 0) {
            assertThatThrownBy(() -> FrameRunReader.open(file, offset, firstFrame, count))
                    .isInstanceOfSatisfying(StreamFormatException.class, e -> assertThat(e.offset()).isZero());
            return;
        }
        try (FrameRunReader run = FrameRunReader.open(file, offset, firstFrame, count)) {
            long expectedOffset = offset;
            for (int read = 0; ; read++) {
                Optional<FrameInfo> next;
                try {
                    next = run.next();
                } catch (StreamFormatException e) {
                    assertThat(e.offset()).as("failure after %d frames: %s", read, e.getMessage()).isEqualTo(expectedOffset);
                    assertThat(e.reason()).isNotBlank();
                    assertThat(read).isLessThan(count);
                    return;
                }
                if (next.isEmpty()) {
                    assertThat(read).isEqualTo(count);
                    return;
                }
                expectedOffset = assertFrameOfTheFile(run, next.get(), firstFrame + read, expectedOffset, content, version);
            }
        }
    }

    /** A run of {@code split} frames (if any), then runs of {@code runLength} to the end. */
    private static int[] runLengths(int split, int runLength, int count) {
        int rest = count - split;
        int[] lengths = new int[(split > 0 ? 1 : 0) + (rest + runLength - 1) / runLength];
        int i = 0;
        if (split > 0) {
            lengths[i++] = split;
        }
        for (int from = split; from < count; from += runLength) {
            lengths[i++] = Math.min(runLength, count - from);
        }
        return lengths;
    }

    /**
     * Checks a frame the reader returned against FORMAT.md and the file's bytes, and returns
     * where the next chunk must start.
     */
    private static long assertFrameOfTheFile(FrameRunReader run, FrameInfo info, int index, long offset, byte[] content,
            int version) throws IOException {
        assertThat(info.index()).isEqualTo(index);
        assertThat(info.offset()).isEqualTo(offset);
        assertThat(info.width()).isBetween(1, StreamLayout.MAX_DIMENSION);
        assertThat(info.height()).isBetween(1, StreamLayout.MAX_DIMENSION);
        assertThat(info.intervalMicros()).isBetween(0L, StreamLayout.MAX_INTERVAL * (version == 21 ? 1 : 1_000));
        long dataStart = offset + StreamLayout.headerSize(version);
        long dataEnd = dataStart + info.dataSize();
        assertThat(dataEnd).as("data end of frame %d", index).isLessThanOrEqualTo(content.length);
        if (info.format() == PixelFormat.ARGB8) {
            assertThat(info.dataSize()).isZero(); // the camera stores no pixels for ARGB8 (FORMAT.md section 6)
            assertThatThrownBy(run::read).isInstanceOfSatisfying(StreamFormatException.class,
                    e -> assertThat(e.offset()).isEqualTo(offset));
        } else {
            Image image = run.read();
            assertThat(image.width()).isEqualTo(info.width());
            assertThat(image.height()).isEqualTo(info.height());
            assertThat(image.format()).isEqualTo(info.format());
            byte[] stored = Arrays.copyOfRange(content, (int) dataStart, (int) dataEnd);
            if (version == 10 && info.format() == PixelFormat.RGB565) {
                swapPairs(stored); // version 1.0 stores RGB565 big-endian; the engine gives it little-endian
            }
            assertThat(image.toByteArray()).isEqualTo(stored);
        }
        return StreamLayout.pad16(dataEnd);
    }

    private static void swapPairs(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            byte first = bytes[i];
            bytes[i] = bytes[i + 1];
            bytes[i + 1] = first;
        }
    }
}
