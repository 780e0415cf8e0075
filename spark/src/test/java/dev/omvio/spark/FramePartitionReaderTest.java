package dev.omvio.spark;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.StreamFormatException;
import org.apache.spark.sql.catalyst.InternalRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A task reads its slice from the chunk offset the driver planned, walking only the slice's own
 * chunk headers; a file that changed since fails with the file, the offset and the reason, or
 * under {@code ignoreCorruptFiles} ends the slice. No Spark session: the reader is driven directly.
 */
class FramePartitionReaderTest {
    // 10 GRAYSCALE 16x8 frames, version 2.0: chunk i at 16 + 160 i (32-byte header, 128 data
    // bytes, no padding); frame i's bytes are all i + 1.
    private static final int CHUNK = 32 + 16 * 8;

    @TempDir
    Path dir;

    private Path recording() throws IOException {
        List<Image> frames = IntStream.range(0, 10).mapToObj(i -> {
            byte[] data = new byte[16 * 8];
            Arrays.fill(data, (byte) (i + 1));
            return Image.of(16, 8, PixelFormat.GRAYSCALE, data);
        }).toList();
        return Recordings.write(dir.resolve("ten.bin"), false, frames, new long[10]);
    }

    private static List<Integer> frames(FileSlice slice, Map<String, String> options) throws IOException {
        List<Integer> frames = new ArrayList<>();
        try (FramePartitionReader reader = new FramePartitionReader(new FramePartition(List.of(slice)),
                List.of(FrameColumns.FRAME, FrameColumns.OFFSET, FrameColumns.DATA), new int[0], ReadOptions.of(options),
                FramePredicate.ALL)) {
            while (reader.next()) {
                InternalRow row = reader.get();
                assertThat(row.getLong(1)).isEqualTo(16L + (long) row.getInt(0) * CHUNK);
                byte[] expected = new byte[16 * 8];
                Arrays.fill(expected, (byte) (row.getInt(0) + 1));
                assertThat(row.getBinary(2)).isEqualTo(expected);
                frames.add(row.getInt(0));
            }
        }
        return frames;
    }

    private static FileSlice slice(Path file, int first, int end) {
        return new FileSlice(file.toUri().toString(), first, end, 16L + (long) first * CHUNK, 0, (long) (end - first) * CHUNK, null);
    }

    @Test
    void aSliceGivesExactlyItsFramesFromItsPlannedOffset() throws IOException {
        Path file = recording();
        assertThat(frames(slice(file, 3, 7), Map.of())).containsExactly(3, 4, 5, 6);
        assertThat(frames(slice(file, 9, 10), Map.of())).containsExactly(9);
    }

    @Test
    void aFileThatChangedSinceThePlanFailsWithItsOffsetAndReasonOrEndsTheSliceUnderIgnoreCorruptFiles() throws IOException {
        Path file = recording();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(16 + 8 * CHUNK); // frames 8 and 9 gone
        }
        assertThatThrownBy(() -> frames(slice(file, 6, 10), Map.of())).isInstanceOfSatisfying(StreamFormatException.class, e -> {
            assertThat(e.offset()).isEqualTo(16 + 8 * CHUNK);
            assertThat(e.reason()).isEqualTo(file.toUri() + " changed after the query was planned: frames 6..9 from offset "
                    + (16 + 6 * CHUNK) + " are not where they were (no chunk for frame 8: the file ends at " + (16 + 8 * CHUNK) + ")");
        });
        assertThat(frames(slice(file, 6, 10), Map.of("ignoreCorruptFiles", "true"))).containsExactly(6, 7);

        // planned at an offset that is no chunk's: the middle of frame 2's data, its bytes 03 read as
        // a header: interval 0x03030303 = 50529027 (in range), width 50529027 (out of range)
        FileSlice shifted = new FileSlice(file.toUri().toString(), 2, 4, 16 + 2 * CHUNK + 64, 0, 2 * CHUNK, null);
        assertThatThrownBy(() -> frames(shifted, Map.of())).isInstanceOfSatisfying(StreamFormatException.class, e -> {
            assertThat(e.offset()).isEqualTo(16 + 2 * CHUNK + 64);
            assertThat(e.reason()).contains("changed after the query was planned").endsWith("(width of 50529027 out of range 1..32767)");
        });
    }
}
