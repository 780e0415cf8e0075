package dev.omvio.core.file;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.omvio.core.file.StreamBytes.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files cut short or holding bad headers keep their whole frames readable and report the rest exactly. */
class DamagedTailTest {
    @TempDir
    Path dir;

    /** A hand-built stream of frames of different sizes and formats, and the images it holds. */
    private record Sample(StreamBytes bytes, List<Image> images, int headerSize) {
    }

    private static Sample sample(String version) {
        StreamBytes bytes = StreamBytes.magic(version);
        List<Image> images = new ArrayList<>();
        boolean v1 = version.startsWith("V1");
        byte[] rgb = sequence(1, 6);
        byte[] jpeg = sequence(30, 20);
        byte[] gray = sequence(60, 16);
        if (v1) {
            bytes.v1Frame(1, 3, 1, 2, rgb).v1Frame(2, 9, 9, 20, jpeg).v1Frame(3, 4, 4, 1, gray)
                    .v1Frame(4, 1, 2, 0, sequence(90, 8));
            // version 1.0 stores RGB565 big-endian: the reader swaps each pair
            images.add(Image.of(3, 1, PixelFormat.RGB565, version.equals("V1.0") ? swapPairs(rgb) : rgb));
            images.add(Image.of(9, 9, PixelFormat.JPEG, jpeg));
            images.add(Image.of(4, 4, PixelFormat.GRAYSCALE, gray));
            images.add(Image.of(1, 2, PixelFormat.BINARY, sequence(90, 8)));
        } else {
            bytes.v2Frame(1, 3, 1, 0x0C030002, 6, rgb).v2Frame(2, 9, 9, 0x06060000, 20, jpeg)
                    .v2Frame(3, 4, 4, 0x08020001, 16, gray).v2Frame(4, 1, 1, 0x14050002, 2, sequence(90, 2))
                    .v2Frame(5, 2, 2, 0x06070000, 1, sequence(99, 1));
            images.add(Image.of(3, 1, PixelFormat.RGB565, rgb));
            images.add(Image.of(9, 9, PixelFormat.JPEG, jpeg));
            images.add(Image.of(4, 4, PixelFormat.GRAYSCALE, gray));
            images.add(Image.of(1, 1, PixelFormat.YUV422, sequence(90, 2)));
            images.add(Image.of(2, 2, PixelFormat.PNG, sequence(99, 1)));
        }
        return new Sample(bytes, images, v1 ? 16 : 32);
    }

    private static byte[] swapPairs(byte[] data) {
        byte[] swapped = data.clone();
        for (int i = 0; i < swapped.length; i += 2) {
            swapped[i] = data[i + 1];
            swapped[i + 1] = data[i];
        }
        return swapped;
    }

    @ParameterizedTest
    @ValueSource(strings = {"V1.0", "V1.1", "V2.0", "V2.1"})
    void aFileCutAtEveryByteKeepsExactlyTheWholeFramesBeforeTheCut(String version) throws IOException {
        Sample sample = sample(version);
        StreamBytes layout = sample.bytes();
        byte[] full = layout.toByteArray();
        Path file = dir.resolve("cut.bin");
        for (int cut = 16; cut <= full.length; cut++) {
            Files.write(file, Arrays.copyOf(full, cut));
            int whole = 0;
            while (whole < layout.chunkCount() && layout.dataEnd(whole) <= cut) {
                whole++;
            }
            long tailStart = whole == 0 ? 16 : layout.chunkEnd(whole - 1);
            Optional<DamagedTail> expectedTail = Optional.empty();
            if (cut > tailStart) {
                long have = cut - tailStart;
                long dataSize = layout.dataEnd(whole) - layout.chunkStart(whole) - sample.headerSize();
                String reason = have < sample.headerSize()
                        ? "chunk header cut short: " + have + " of " + sample.headerSize() + " bytes"
                        : "frame data cut short: " + (have - sample.headerSize()) + " of " + dataSize + " bytes";
                expectedTail = Optional.of(new DamagedTail(tailStart, have, reason));
            }
            String at = version + " cut at " + cut;
            try (ImageStream in = ImageStreams.open(file, "r")) {
                assertThat(in.count()).as(at).isEqualTo(whole);
                assertThat(in.damagedTail()).as(at).isEqualTo(expectedTail);
                for (int i = 0; i < whole; i++) {
                    assertThat(in.frameInfo(i).offset()).as(at).isEqualTo(layout.chunkStart(i));
                    assertThat(in.readFrame(i)).as(at).isEqualTo(sample.images().get(i));
                }
                for (int i = 0; i < whole; i++) {
                    assertThat(in.read(true, false, false)).as(at).contains(sample.images().get(i));
                }
                assertThat(in.read(true, false, false)).as(at).isEmpty();
            }
            assertThat(ImageStreams.repair(file)).as(at).isEqualTo(expectedTail);
            long repairedLength = whole == 0 ? 16 : layout.chunkEnd(whole - 1);
            assertThat(Files.readAllBytes(file)).as(at).containsExactly(Arrays.copyOf(full, (int) repairedLength));
        }
    }

    @Test
    void shorterThanTheMagicIsNotAStream() throws IOException {
        byte[] full = sample("V2.0").bytes().toByteArray();
        Path file = dir.resolve("short.bin");
        for (int cut = 0; cut < 16; cut++) {
            Files.write(file, Arrays.copyOf(full, cut));
            assertNotAStream(file, "file of " + cut + " bytes is shorter than the 16-byte header");
        }
    }

    /** A good first frame at 16 (GRAYSCALE 2x2, ending at 64), then the given chunk at 64. */
    private Path afterOneGoodFrame(StreamBytes damaged) throws IOException {
        return StreamBytes.magic("V2.0")
                .v2Frame(1, 2, 2, 0x08020001, 4, sequence(1, 4))
                .bytes(damaged.toByteArray())
                // a sound frame after the damage must not be read as one
                .v2Frame(1, 2, 2, 0x08020001, 4, sequence(1, 4))
                .writeTo(dir.resolve("damaged.bin"));
    }

    private static void assertTail(Path file, long length, String reason) throws IOException {
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.count()).isEqualTo(1);
            assertThat(in.readFrame(0)).isEqualTo(Image.of(2, 2, PixelFormat.GRAYSCALE, sequence(1, 4)));
            assertThat(in.damagedTail()).contains(new DamagedTail(64, length, reason));
            assertThat(Files.size(file)).isEqualTo(64 + length);
        }
    }

    @Test
    void anUnknownPixelFormatCodeEndsTheReadablePart() throws IOException {
        Path file = afterOneGoodFrame(StreamBytes.raw().u32(1, 2, 2, 0x12345678, 4).zeros(12).bytes(1, 2, 3, 4).pad16());
        assertTail(file, 48 + 48, "unknown pixel format code 0x12345678");
    }

    @Test
    void zeroWidthEndsTheReadablePart() throws IOException {
        Path file = afterOneGoodFrame(StreamBytes.raw().u32(1, 0, 2, 0x08020001, 0).zeros(12));
        assertTail(file, 32 + 48, "width of 0 out of range 1..32767");
    }

    @Test
    void aHeightBeyondTheIdeLimitEndsTheReadablePart() throws IOException {
        Path file = afterOneGoodFrame(StreamBytes.raw().u32(1, 2, 32768, 0x08020001, 0).zeros(12));
        assertTail(file, 32 + 48, "height of 32768 out of range 1..32767");
    }

    @Test
    void anIntervalBeyondTheIdeLimitEndsTheReadablePart() throws IOException {
        Path file = afterOneGoodFrame(StreamBytes.raw().u32(1_000_000_001L, 2, 2, 0x08020001, 4).zeros(12).bytes(1, 2, 3, 4).pad16());
        assertTail(file, 48 + 48, "interval of 1000000001 out of range (at most 1000000000)");
    }

    @Test
    void aHugeSizeFieldIsDamageNotAnAllocation() throws IOException {
        Path file = afterOneGoodFrame(StreamBytes.raw().u32(1, 8, 8, 0x06060000, 0xFFFFFFF0L).zeros(12).bytes(1, 2, 3, 4).pad16());
        // after the damaged header: 16 bytes of data and padding, then the 48-byte sound frame
        assertTail(file, 32 + 16 + 48, "frame data cut short: 64 of 4294967280 bytes");
    }

    @Test
    void aCompressedFrameOfNoBytesIsDamage() throws IOException {
        Path file = afterOneGoodFrame(StreamBytes.raw().u32(1, 8, 8, 0x06070000, 0).zeros(12));
        assertTail(file, 32 + 48, "PNG frame with a data size of 0");
    }

    @Test
    void aHugeVersion1JpegSizeIsDamageNotAnAllocation() throws IOException {
        Path file = StreamBytes.magic("V1.1")
                .v1Frame(1, 1, 1, 1, new byte[] {42})
                .u32(1, 8, 8, 0xFFFFFFF0L).bytes(1, 2, 3)
                .writeTo(dir.resolve("v1.bin"));
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.count()).isEqualTo(1);
            assertThat(in.damagedTail()).contains(new DamagedTail(48, 19, "frame data cut short: 3 of 4294967280 bytes"));
        }
    }

    @Test
    void aBadMagicIsNotAStream() throws IOException {
        Path file = StreamBytes.raw().ascii("HELLO WORLD 1234").zeros(32).writeTo(dir.resolve("bad.bin"));
        assertNotAStream(file, "not an OpenMV stream: bad magic");
        Path almost = StreamBytes.raw().ascii("OMV IMG STR X2.0").writeTo(dir.resolve("almost.bin"));
        assertNotAStream(almost, "not an OpenMV stream: bad magic");
    }

    @Test
    void anUnknownVersionIsNamed() throws IOException {
        Path file = StreamBytes.magic("V3.0").writeTo(dir.resolve("v30.bin"));
        assertNotAStream(file, "unknown version V3.0: expected V1.0, V1.1, V2.0 or V2.1");
        Path control = StreamBytes.magic("V").bytes(1, '.', '0').writeTo(dir.resolve("ctl.bin"));
        assertNotAStream(control, "unknown version V?.0: expected V1.0, V1.1, V2.0 or V2.1");
    }

    @Test
    void anEmptyFileIsNoStreamToReadButCanBeWritten() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.bin"));
        assertNotAStream(file, "file of 0 bytes is shorter than the 16-byte header");
        try (ImageStream out = ImageStreams.open(file, "w")) {
            assertThat(out.count()).isZero();
        }
        assertThat(Files.size(file)).isEqualTo(16);
    }

    private static void assertNotAStream(Path file, String reason) throws IOException {
        byte[] before = Files.readAllBytes(file);
        for (String mode : new String[] {"r", "a"}) {
            assertThatThrownBy(() -> ImageStreams.open(file, mode)).isInstanceOfSatisfying(StreamFormatException.class, e -> {
                assertThat(e.offset()).isZero();
                assertThat(e.reason()).isEqualTo(reason);
            });
        }
        assertThatThrownBy(() -> ImageStreams.repair(file)).isInstanceOfSatisfying(StreamFormatException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(Files.readAllBytes(file)).containsExactly(before);
    }
}
