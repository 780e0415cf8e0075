package dev.omvio.core.file;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamFormatException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.omvio.core.file.StreamBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Offsets beyond 4 GiB, on a sparse file whose huge frames are holes: only the headers are written. */
class LargeFileTest {
    @TempDir
    Path dir;

    private static final long FOUR_GIB = 1L << 32;
    // Layout by hand (32-byte headers, Pad16):
    //   16            JPEG 32767x32767, size field 4294705156 (a hole)    -> ends 4294705204, padded to 4294705216
    //   4294705216    GRAYSCALE 32767x32767: 1073676289 bytes             -> ends 5368381537, padded to 5368381552
    //   5368381552    GRAYSCALE 32767x32767                               -> ends 6442057873, padded to 6442057888
    //   6442057888    RGB565 2x1, 4 bytes                                 -> ends 6442057924, padded to 6442057936
    private static final long BIG_JPEG_SIZE = 4_294_705_156L;
    private static final long GRAY_SIZE = 1_073_676_289L;
    private static final long[] OFFSETS = {16, 4_294_705_216L, 5_368_381_552L, 6_442_057_888L};
    private static final long LENGTH = 6_442_057_936L;

    @Test
    void framesBeyondFourGibAreIndexedAndReadExactly() throws IOException {
        Path file = dir.resolve("huge.bin");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(LENGTH);
            writeAt(raf, 0, StreamBytes.magic("V2.0").toByteArray());
            writeAt(raf, OFFSETS[0], StreamBytes.raw().u32(1, 32767, 32767, 0x06060000, BIG_JPEG_SIZE).zeros(12).toByteArray());
            writeAt(raf, OFFSETS[1], StreamBytes.raw().u32(2, 32767, 32767, 0x08020001, 0).zeros(12).toByteArray());
            writeAt(raf, OFFSETS[2], StreamBytes.raw().u32(3, 32767, 32767, 0x08020001, 0).zeros(12).toByteArray());
            writeAt(raf, OFFSETS[3], StreamBytes.raw().u32(4, 2, 1, 0x0C030002, 4).zeros(12).bytes(hex("1F 00 E0 07")).zeros(12).toByteArray());
        } catch (IOException e) {
            Assumptions.abort("the file system refused a sparse file of " + LENGTH + " bytes: " + e);
        }
        Assumptions.assumeTrue(Files.size(file) == LENGTH, "sparse file not created");

        Image small = Image.of(2, 1, PixelFormat.RGB565, hex("1F 00 E0 07"));
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.count()).isEqualTo(4);
            assertThat(in.damagedTail()).isEmpty();
            assertThat(in.size()).isEqualTo(LENGTH);
            assertThat(in.frameInfos()).containsExactly(
                    new FrameInfo(0, OFFSETS[0], 32767, 32767, PixelFormat.JPEG, 1_000, BIG_JPEG_SIZE),
                    new FrameInfo(1, OFFSETS[1], 32767, 32767, PixelFormat.GRAYSCALE, 2_000, GRAY_SIZE),
                    new FrameInfo(2, OFFSETS[2], 32767, 32767, PixelFormat.GRAYSCALE, 3_000, GRAY_SIZE),
                    new FrameInfo(3, OFFSETS[3], 2, 1, PixelFormat.RGB565, 4_000, 4));
            assertThat(in.frameInfo(3).offset()).isGreaterThan(FOUR_GIB);
            assertThat(in.readFrame(3)).isEqualTo(small);
            assertThat(in.seek(3).read(true, false, false)).contains(small);
            // larger than any Java array: refused by name, not attempted
            assertThatThrownBy(() -> in.readFrame(0)).isInstanceOfSatisfying(StreamFormatException.class, e -> {
                assertThat(e.offset()).isEqualTo(16);
                assertThat(e.reason()).contains("4294705156");
            });
        }

        try (ImageStream out = ImageStreams.open(file, "a")) {
            out.write(small, 9_000);
        }
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.count()).isEqualTo(5);
            assertThat(in.frameInfo(4).offset()).isEqualTo(LENGTH);
            assertThat(in.readFrame(4)).isEqualTo(small);
            assertThat(in.size()).isEqualTo(LENGTH + 48);
        }
    }

    private static void writeAt(RandomAccessFile raf, long position, byte[] bytes) throws IOException {
        raf.seek(position);
        raf.write(bytes);
    }
}
