package dev.omvio.reliability.sweep;

import dev.omvio.image.Image;
import dev.omvio.reliability.CameraRecording;
import dev.omvio.reliability.FileEngine;
import dev.omvio.reliability.ScratchFiles;
import dev.omvio.reliability.StreamChecks;
import dev.omvio.reliability.StreamLayout;
import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ManualClock;
import dev.omvio.stream.StreamFormatException;
import dev.omvio.stream.StreamMode;
import dev.omvio.stream.spi.FileStreamProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every bit of every header of the camera recording flipped, one at a time, as a damaged card
 * or transfer leaves a file: the magic and the nine 32-byte chunk headers. Nothing but the
 * documented {@link StreamFormatException} (a broken magic) escapes; the frames before the
 * damaged chunk always read back intact; a chunk that no longer makes sense ends the readable
 * part with a damaged tail reported at its offset; and repair leaves a clean file.
 */
class BitFlipSweepTest {
    // Offsets within a version 2 chunk header (FORMAT.md).
    private static final int INTERVAL = 0;
    private static final int WIDTH = 4;
    private static final int SIZE = 16;
    private static final int RESERVED = 20;

    @TempDir
    Path dir;

    private final FileStreamProvider engine = FileEngine.get();
    private final ManualClock clock = new ManualClock(0);

    @Test
    void everyFlippedHeaderBitIsDocumentedDamage() throws IOException {
        CameraRecording recording = CameraRecording.build();
        byte[] original = recording.bytes();
        Path file = dir.resolve("flipped.bin");
        int flips = 0;
        int tails = 0;
        for (int bit = 0; bit < 16 * 8; bit++) {
            flips++;
            checkFlippedMagic(file, recording, flip(original, bit / 8, bit % 8), bit);
        }
        for (int chunk = 0; chunk < recording.count(); chunk++) {
            for (int bit = 0; bit < 32 * 8; bit++) {
                flips++;
                int at = (int) recording.chunkStart(chunk) + bit / 8;
                if (checkFlippedHeader(file, recording, flip(original, at, bit % 8), chunk, bit / 8)) {
                    tails++;
                }
            }
        }
        System.out.printf("bit-flip sweep: %d header bits flipped, %d reported as a damaged tail, 0 frames lost before the damage%n",
                flips, tails);
    }

    private static byte[] flip(byte[] original, int offset, int bit) {
        byte[] flipped = original.clone();
        flipped[offset] ^= (byte) (1 << bit);
        return flipped;
    }

    // Only "V2.0" -> "V2.1" (bit 0 of the last byte) is another known version; the rest is no stream.
    private void checkFlippedMagic(Path file, CameraRecording recording, byte[] content, int bit) throws IOException {
        ScratchFiles.write(file, content, content.length);
        if (bit == 15 * 8) {
            try (ImageStream in = engine.open(file, StreamMode.READ, clock)) {
                assertThat(in.version()).hasValue(21);
                assertThat(StreamChecks.assertConsistent(in, content.length)).isEqualTo(recording.frames());
                assertThat(in.frameInfo(0).intervalMicros()).isEqualTo(recording.intervalMicros(0) / 1_000);
            }
            return;
        }
        assertThatThrownBy(() -> engine.open(file, StreamMode.READ, clock)).as("magic bit %d", bit)
                .isInstanceOfSatisfying(StreamFormatException.class, e -> assertThat(e.offset()).isZero());
        assertThatThrownBy(() -> engine.repair(file)).isInstanceOf(StreamFormatException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    /** Checks one flipped bit in chunk {@code chunk}'s header; returns whether it ended the readable part. */
    private boolean checkFlippedHeader(Path file, CameraRecording recording, byte[] content, int chunk, int field)
            throws IOException {
        ScratchFiles.write(file, content, content.length);
        String at = "chunk " + chunk + ", header byte " + field;
        List<Image> frames;
        Optional<DamagedTail> tail;
        try (ImageStream in = engine.open(file, StreamMode.READ, clock)) {
            frames = StreamChecks.assertConsistent(in, content.length);
            tail = in.damagedTail();
            assertThat(frames.size()).as(at).isGreaterThanOrEqualTo(chunk);
            assertThat(frames.subList(0, chunk)).as(at).isEqualTo(recording.frames().subList(0, chunk));
            if (frames.size() == chunk) {
                // the damaged chunk itself is the start of the tail
                assertThat(tail).as(at).map(DamagedTail::offset).contains(recording.chunkStart(chunk));
            }
            boolean ignoredField = field >= RESERVED
                    || field >= SIZE && !recording.frames().get(chunk).format().isCompressed();
            if (ignoredField) {
                assertThat(frames).as(at).isEqualTo(recording.frames());
                assertThat(tail).as(at).isEmpty();
            } else if (field < WIDTH) {
                // an interval: the same frames with the new interval, unless it is beyond the IDE's limit
                long interval = ByteBuffer.wrap(content, (int) recording.chunkStart(chunk), 4)
                        .order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
                if (interval > StreamLayout.MAX_INTERVAL) {
                    assertThat(frames).as(at).isEqualTo(recording.frames().subList(0, chunk));
                } else {
                    assertThat(frames).as(at).isEqualTo(recording.frames());
                    assertThat(in.frameInfo(chunk).intervalMicros()).as(at).isEqualTo(interval * 1_000);
                }
            }
            // a flipped geometry, format or compressed size may change how the rest is read:
            // the frames before the chunk survive and the stream stays consistent, checked above
        }
        assertThat(engine.repair(file)).as(at).isEqualTo(tail);
        try (ImageStream in = engine.open(file, StreamMode.READ, clock)) {
            assertThat(in.damagedTail()).as(at).isEmpty();
            assertThat(StreamChecks.assertConsistent(in, Files.size(file))).as(at).isEqualTo(frames);
        }
        return tail.isPresent();
    }
}
