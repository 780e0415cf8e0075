package dev.omvio.core.file;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamFormatException;
import dev.omvio.stream.StreamType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static dev.omvio.core.file.StreamBytes.hex;
import static dev.omvio.core.file.StreamBytes.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files of every version laid out by hand from FORMAT.md §1, read through the public API. */
class GoldenReadTest {
    @TempDir
    Path dir;

    // Version 1 chunks (16-byte headers, ms intervals); offsets worked out by hand:
    //  16: RGB565 2x1, bpp 2, 4 data bytes      -> data ends 36, padded to 48
    //  48: GRAYSCALE 3x2, bpp 1, 6 bytes        -> ends 70, padded to 80
    //  80: BINARY 33x1, bpp 0, ceil(33/32)*4 = 8 -> ends 104, padded to 112
    // 112: BAYER 2x2, bpp 3, 4 bytes            -> ends 132, padded to 144
    // 144: JPEG 8x8, bpp 5 = data size 5         -> ends 165, padded to 176
    private static byte[] version1File(String version) {
        return StreamBytes.magic(version)
                .u32(33, 2, 1, 2).bytes(0xF8, 0x00, 0x00, 0x1F).zeros(12)
                .u32(0, 3, 2, 1).bytes(10, 11, 12, 13, 14, 15).zeros(10)
                .u32(100, 33, 1, 0).bytes(1, 2, 3, 4, 5, 6, 7, 8).zeros(8)
                .u32(5, 2, 2, 3).bytes(21, 22, 23, 24).zeros(12)
                .u32(7, 8, 8, 5).bytes(0xFF, 0xD8, 0xFF, 0xD9, 0x00).zeros(11)
                .toByteArray();
    }

    @Test
    void version1_0ReadsEveryBppAndSwapsRgb565ToLittleEndian() throws IOException {
        Path file = StreamBytes.raw().bytes(version1File("V1.0")).writeTo(dir.resolve("v10.bin"));
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertVersion1Frames(in, 10);
            // stored F8 00 00 1F (big-endian 0xF800 red, 0x001F blue) -> little-endian 00 F8 1F 00
            assertThat(in.readFrame(0).toByteArray()).containsExactly(hex("00 F8 1F 00"));
        }
    }

    @Test
    void version1_1KeepsRgb565AsStored() throws IOException {
        Path file = StreamBytes.raw().bytes(version1File("V1.1")).writeTo(dir.resolve("v11.bin"));
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertVersion1Frames(in, 11);
            assertThat(in.readFrame(0).toByteArray()).containsExactly(hex("F8 00 00 1F"));
        }
    }

    private static void assertVersion1Frames(ImageStream in, int version) throws IOException {
        assertThat(in.version()).hasValue(version);
        assertThat(in.type()).isEqualTo(StreamType.FILE);
        assertThat(in.bufferSize()).isEmpty();
        assertThat(in.size()).isEqualTo(176);
        assertThat(in.damagedTail()).isEmpty();
        assertThat(in.count()).isEqualTo(5);
        assertThat(in.frameInfos()).containsExactly(
                new FrameInfo(0, 16, 2, 1, PixelFormat.RGB565, 33_000, 4),
                new FrameInfo(1, 48, 3, 2, PixelFormat.GRAYSCALE, 0, 6),
                new FrameInfo(2, 80, 33, 1, PixelFormat.BINARY, 100_000, 8),
                new FrameInfo(3, 112, 2, 2, PixelFormat.BAYER_BGGR, 5_000, 4),
                new FrameInfo(4, 144, 8, 8, PixelFormat.JPEG, 7_000, 5));
        assertThat(in.readFrame(1)).isEqualTo(Image.of(3, 2, PixelFormat.GRAYSCALE, hex("0A 0B 0C 0D 0E 0F")));
        assertThat(in.readFrame(2)).isEqualTo(Image.of(33, 1, PixelFormat.BINARY, sequence(1, 8)));
        assertThat(in.readFrame(3)).isEqualTo(Image.of(2, 2, PixelFormat.BAYER_BGGR, hex("15 16 17 18")));
        assertThat(in.readFrame(4)).isEqualTo(Image.of(8, 8, PixelFormat.JPEG, hex("FF D8 FF D9 00")));
    }

    @Test
    void version2_0ReadsFormatCodesAndMillisecondIntervals() throws IOException {
        Path file = GoldenVersion2File.writeTo(dir);
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.version()).hasValue(20);
            assertThat(in.size()).isEqualTo(GoldenVersion2File.SIZE);
            assertThat(in.damagedTail()).isEmpty();
            assertThat(in.frameInfos()).containsExactlyElementsOf(GoldenVersion2File.FRAMES);
            assertThat(in.readFrame(0)).isEqualTo(Image.of(2, 2, PixelFormat.RGB565, sequence(1, 8)));
            assertThat(in.readFrame(1)).isEqualTo(Image.of(4, 1, PixelFormat.YVU422, sequence(9, 8)));
            assertThat(in.readFrame(2)).isEqualTo(Image.of(10, 20, PixelFormat.PNG, hex("89 50 4E")));
            assertThatThrownBy(() -> in.readFrame(3)).isInstanceOfSatisfying(StreamFormatException.class, e -> {
                assertThat(e.offset()).isEqualTo(160);
                assertThat(e.reason()).contains("the camera stores no pixels for ARGB8 frames");
            });
            // a sequential read moves past the empty frame, as the camera does
            in.seek(3);
            assertThatThrownBy(() -> in.read(false, false, false)).isInstanceOf(StreamFormatException.class);
            assertThat(in.offset()).isEqualTo(4);
            assertThat(in.read(false, false, false)).contains(Image.of(2, 2, PixelFormat.BAYER_RGGB, hex("1F 20 21 22")));
            assertThat(in.readFrame(4)).isEqualTo(Image.of(2, 2, PixelFormat.BAYER_RGGB, hex("1F 20 21 22")));
            assertThat(in.readFrame(5)).isEqualTo(Image.of(40, 2, PixelFormat.BINARY, sequence(40, 16)));
        }
    }

    @Test
    void version2_1ReadsMicrosecondIntervals() throws IOException {
        //  16: GRAYSCALE 2x1 at 16667 µs -> ends 50, padded to 64
        //  64: JPEG 4x4, size 2, at the largest interval readers accept (1e9)
        Path file = StreamBytes.magic("V2.1")
                .u32(16_667, 2, 1, 0x08020001, 2).zeros(12).bytes(0x7F, 0x80).zeros(14)
                .u32(1_000_000_000L, 4, 4, 0x06060000, 2).zeros(12).bytes(0xFF, 0xD8).zeros(14)
                .writeTo(dir.resolve("v21.bin"));
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.version()).hasValue(21);
            assertThat(in.frameInfos()).containsExactly(
                    new FrameInfo(0, 16, 2, 1, PixelFormat.GRAYSCALE, 16_667, 2),
                    new FrameInfo(1, 64, 4, 4, PixelFormat.JPEG, 1_000_000_000L, 2));
            assertThat(in.readFrame(0).toByteArray()).containsExactly(hex("7F 80"));
            assertThat(in.readFrame(1).toByteArray()).containsExactly(hex("FF D8"));
        }
    }

    @Test
    void magicAloneIsAnEmptyStream() throws IOException {
        Path file = StreamBytes.magic("V1.1").writeTo(dir.resolve("empty.bin"));
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.count()).isZero();
            assertThat(in.damagedTail()).isEmpty();
            assertThat(in.read(false, true, false)).isEmpty();
        }
    }

    @Test
    void sequentialReadOfVersion1_0SwapsInTheFrameBufferToo() throws IOException {
        Path file = StreamBytes.raw().bytes(version1File("V1.0")).writeTo(dir.resolve("v10.bin"));
        try (ImageStream in = ImageStreams.open(file, "r")) {
            Image frame = in.read(true, false, false).orElseThrow();
            assertThat(frame.isFrameBuffer()).isTrue();
            assertThat(frame.toByteArray()).containsExactly(hex("00 F8 1F 00"));
        }
    }
}
