package dev.omvio.core.file;

import dev.omvio.core.file.split.FrameRunReader;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.NotRegularFileException;
import dev.omvio.stream.StreamFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.omvio.core.file.StreamBytes.hex;
import static dev.omvio.core.file.StreamBytes.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs of frames read from a known chunk offset give exactly the engine's frames, and anything else fails with offset and reason. */
class FrameRunReaderTest {
    @TempDir
    Path dir;

    // The version 2.0 file of GoldenReadTest, offsets by hand from FORMAT.md §1:
    //  16: RGB565 2x2, 8 bytes  -> ends 56, padded to 64
    //  64: YVU422 4x1, 8 bytes  -> ends 104, padded to 112
    // 112: PNG 10x20, size 3    -> ends 147, padded to 160
    // 160: ARGB8 1x1, no data   -> ends 192 (the header alone)
    // 192: BAYER_RGGB 2x2, 4    -> ends 228, padded to 240
    // 240: BINARY 40x2, 16      -> ends 288, no padding
    private static List<FrameInfo> frames(Path file, long offset, int first, int count) throws IOException {
        List<FrameInfo> frames = new ArrayList<>();
        try (FrameRunReader run = FrameRunReader.open(file, offset, first, count)) {
            for (Optional<FrameInfo> frame = run.next(); frame.isPresent(); frame = run.next()) {
                frames.add(frame.get());
            }
            assertThat(run.next()).isEmpty();
        }
        return frames;
    }

    @Test
    void everyRunOfAVersion2FileIsTheSliceOfTheHandWorkedIndex() throws IOException {
        Path file = GoldenVersion2File.writeTo(dir);
        for (int first = 0; first < GoldenVersion2File.FRAMES.size(); first++) {
            for (int count = 0; first + count <= GoldenVersion2File.FRAMES.size(); count++) {
                assertThat(frames(file, GoldenVersion2File.FRAMES.get(first).offset(), first, count))
                        .isEqualTo(GoldenVersion2File.FRAMES.subList(first, first + count));
            }
        }
    }

    @Test
    void framesReadAsTheEngineReadsThem() throws IOException {
        Path file = GoldenVersion2File.writeTo(dir);
        try (FrameRunReader run = FrameRunReader.open(file, 112, 2, 4); ImageStream engine = ImageStreams.open(file, "r")) {
            assertThatThrownBy(run::read).isInstanceOf(IllegalStateException.class);
            assertThat(run.next()).contains(GoldenVersion2File.FRAMES.get(2));
            assertThat(run.read()).isEqualTo(Image.of(10, 20, PixelFormat.PNG, hex("89 50 4E"))).isEqualTo(engine.readFrame(2));
            assertThat(run.next()).contains(GoldenVersion2File.FRAMES.get(3));
            assertThatThrownBy(run::read).isInstanceOfSatisfying(StreamFormatException.class, e -> {
                assertThat(e.offset()).isEqualTo(160);
                assertThat(e.reason()).contains("the camera stores no pixels for ARGB8 frames");
            });
            assertThat(run.next()).contains(GoldenVersion2File.FRAMES.get(4));
            assertThat(run.read()).isEqualTo(Image.of(2, 2, PixelFormat.BAYER_RGGB, hex("1F 20 21 22")));
            assertThat(run.next()).contains(GoldenVersion2File.FRAMES.get(5));
            assertThat(run.read()).isEqualTo(Image.of(40, 2, PixelFormat.BINARY, sequence(40, 16))).isEqualTo(engine.readFrame(5));
            assertThat(run.next()).isEmpty();
            assertThatThrownBy(run::read).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void version1_0Rgb565IsTurnedLittleEndianAsTheEngineDoes() throws IOException {
        // Version 1 chunks (16-byte headers): 16: RGB565 2x1 (F8 00 00 1F) padded to 48; 48: GRAYSCALE 3x2 -> 80.
        Path file = StreamBytes.magic("V1.0")
                .u32(33, 2, 1, 2).bytes(0xF8, 0x00, 0x00, 0x1F).zeros(12)
                .u32(0, 3, 2, 1).bytes(10, 11, 12, 13, 14, 15).zeros(10)
                .writeTo(dir.resolve("v10.bin"));
        try (FrameRunReader run = FrameRunReader.open(file, 16, 0, 2)) {
            assertThat(run.next()).contains(new FrameInfo(0, 16, 2, 1, PixelFormat.RGB565, 33_000, 4));
            assertThat(run.read().toByteArray()).containsExactly(hex("00 F8 1F 00"));
            assertThat(run.next()).contains(new FrameInfo(1, 48, 3, 2, PixelFormat.GRAYSCALE, 0, 6));
            assertThat(run.read().toByteArray()).containsExactly(hex("0A 0B 0C 0D 0E 0F"));
        }
    }

    @Test
    void anOffsetThatIsNoChunkFailsWithItsOffsetAndReason() throws IOException {
        // 32 is inside frame 0's chunk: its header's last 12 zero bytes, then the data 01..08, read
        // as a header: interval 0, width 0 -> out of range.
        Path file = GoldenVersion2File.writeTo(dir);
        try (FrameRunReader run = FrameRunReader.open(file, 32, 1, 2)) {
            assertThatThrownBy(run::next).isInstanceOfSatisfying(StreamFormatException.class, e -> {
                assertThat(e.offset()).isEqualTo(32);
                assertThat(e.reason()).contains("width of 0");
            });
        }
    }

    @Test
    void aRunLongerThanTheFileFailsWhereTheFileEnds() throws IOException {
        Path file = GoldenVersion2File.writeTo(dir);
        try (FrameRunReader run = FrameRunReader.open(file, 192, 4, 3)) {
            assertThat(run.next()).contains(GoldenVersion2File.FRAMES.get(4));
            assertThat(run.next()).contains(GoldenVersion2File.FRAMES.get(5));
            assertThatThrownBy(run::next).isInstanceOfSatisfying(StreamFormatException.class, e -> {
                assertThat(e.offset()).isEqualTo(288);
                assertThat(e.reason()).isEqualTo("no chunk for frame 6: the file ends at 288");
            });
        }
    }

    @Test
    void aRunIntoADamagedTailFailsAtTheDamagedChunk() throws IOException {
        Path file = GoldenVersion2File.writeTo(dir);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(280); // frame 5's 16 data bytes end at 288: 8 of them are left
        }
        try (FrameRunReader run = FrameRunReader.open(file, 192, 4, 2)) {
            assertThat(run.next()).contains(GoldenVersion2File.FRAMES.get(4));
            assertThatThrownBy(run::next).isInstanceOfSatisfying(StreamFormatException.class, e -> {
                assertThat(e.offset()).isEqualTo(240);
                assertThat(e.reason()).isEqualTo("frame data cut short: 8 of 16 bytes");
            });
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(250); // frame 5's header cut after 10 of its 32 bytes
        }
        try (FrameRunReader run = FrameRunReader.open(file, 240, 5, 1)) {
            assertThatThrownBy(run::next).isInstanceOfSatisfying(StreamFormatException.class, e -> {
                assertThat(e.offset()).isEqualTo(240);
                assertThat(e.reason()).isEqualTo("chunk header cut short: 10 of 32 bytes");
            });
        }
    }

    @Test
    void aFileThatShrankAfterItsHeaderWasReadFailsWhenTheDataIsRead() throws IOException {
        Path file = GoldenVersion2File.writeTo(dir);
        try (FrameRunReader run = FrameRunReader.open(file, 240, 5, 1)) {
            assertThat(run.next()).contains(GoldenVersion2File.FRAMES.get(5));
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(276); // 4 of the 16 data bytes (from 272) left
            }
            assertThatThrownBy(run::read).isInstanceOfSatisfying(StreamFormatException.class, e -> {
                assertThat(e.offset()).isEqualTo(240);
                assertThat(e.reason()).startsWith("frame data cut short: 4 of 16 bytes");
            });
        }
    }

    @Test
    void aFileThatIsNoStreamOrNoFileIsRefusedWhenOpened() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.bin"), "not a stream at all, just some text");
        assertThatThrownBy(() -> FrameRunReader.open(text, 16, 0, 1)).isInstanceOfSatisfying(StreamFormatException.class,
                e -> assertThat(e.offset()).isZero());
        Path tiny = Files.write(dir.resolve("tiny.bin"), new byte[5]);
        assertThatThrownBy(() -> FrameRunReader.open(tiny, 16, 0, 1)).isInstanceOfSatisfying(StreamFormatException.class,
                e -> assertThat(e.reason()).isEqualTo("file of 5 bytes is shorter than the 16-byte header"));
        assertThatThrownBy(() -> FrameRunReader.open(dir, 16, 0, 1)).isInstanceOf(NotRegularFileException.class);
    }

    @Test
    void argumentsThatCannotDescribeARunAreRefused() throws IOException {
        Path file = GoldenVersion2File.writeTo(dir);
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRunReader.open(file, 0, 0, 1)).withMessageContaining("offset 0");
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRunReader.open(file, 24, 0, 1)).withMessageContaining("offset 24");
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRunReader.open(file, 16, -1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRunReader.open(file, 16, 0, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRunReader.open(file, 16, Integer.MAX_VALUE, 1));
    }
}
