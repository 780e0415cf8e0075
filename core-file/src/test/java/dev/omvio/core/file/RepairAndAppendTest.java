package dev.omvio.core.file;

import dev.omvio.stream.ManualClock;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamFormatException;
import dev.omvio.stream.StreamMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static dev.omvio.core.file.StreamBytes.hex;
import static dev.omvio.core.file.StreamBytes.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** repair cuts exactly the damaged tail; append continues a stream, cutting a damaged tail first. */
class RepairAndAppendTest {
    @TempDir
    Path dir;

    private static final Image GRAY = Image.of(2, 2, PixelFormat.GRAYSCALE, sequence(1, 4));
    private static final Image JPEG = Image.of(8, 8, PixelFormat.JPEG, sequence(30, 20));
    private static final Image ADDED = Image.of(3, 1, PixelFormat.RGB565, hex("1F 00 E0 07 00 F8"));

    /** Two sound frames (16..64, 64..128) and a chunk cut in its data at 128. */
    private static StreamBytes twoFramesAndACutChunk() {
        return StreamBytes.magic("V2.0")
                .v2Frame(10, 2, 2, 0x08020001, 4, sequence(1, 4))
                .v2Frame(20, 8, 8, 0x06060000, 20, sequence(30, 20))
                .u32(30, 4, 4, 0x08020001, 16).zeros(12).bytes(1, 2, 3);
    }

    /** The 2.0 chunk the writer must produce for {@link #ADDED} at 5 ms, by hand: 32 + 6 data bytes + 10 of padding. */
    private static byte[] addedChunk() {
        return StreamBytes.raw().u32(5, 3, 1, 0x0C030002, 6).zeros(12).bytes(hex("1F 00 E0 07 00 F8")).zeros(10).toByteArray();
    }

    @Test
    void repairRemovesExactlyTheDamagedTail() throws IOException {
        byte[] damaged = twoFramesAndACutChunk().toByteArray();
        Path file = Files.write(dir.resolve("d.bin"), damaged);
        assertThat(ImageStreams.repair(file))
                .contains(new DamagedTail(128, 35, "frame data cut short: 3 of 16 bytes"));
        assertThat(Files.readAllBytes(file)).containsExactly(Arrays.copyOf(damaged, 128));
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.damagedTail()).isEmpty();
            assertThat(in.images()).containsExactly(GRAY, JPEG);
        }
        assertThat(ImageStreams.repair(file)).isEmpty();
        assertThat(Files.readAllBytes(file)).containsExactly(Arrays.copyOf(damaged, 128));
    }

    @Test
    void repairRestoresPaddingTheCameraNeverWrote() throws IOException {
        byte[] full = twoFramesAndACutChunk().toByteArray();
        // the file ends right after the second frame's 20 data bytes (at 116, padding to 128 missing)
        Path file = Files.write(dir.resolve("p.bin"), Arrays.copyOf(full, 116));
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.count()).isEqualTo(2);
            assertThat(in.damagedTail()).isEmpty();
        }
        assertThat(ImageStreams.repair(file)).isEmpty();
        assertThat(Files.readAllBytes(file)).containsExactly(Arrays.copyOf(full, 128));
    }

    @Test
    void appendAfterRepairContinuesTheStream() throws IOException {
        byte[] damaged = twoFramesAndACutChunk().toByteArray();
        Path file = Files.write(dir.resolve("a.bin"), damaged);
        ImageStreams.repair(file);
        appendAddedFrame(file);
        assertAppended(file, Arrays.copyOf(damaged, 128));
    }

    @Test
    void appendCutsADamagedTailFirst() throws IOException {
        byte[] damaged = twoFramesAndACutChunk().toByteArray();
        Path file = Files.write(dir.resolve("a.bin"), damaged);
        try (ImageStream out = ImageStreams.open(file, StreamMode.APPEND, new ManualClock(1_000_000_000L))) {
            assertThat(out.count()).isEqualTo(2);
            assertThat(out.offset()).isEqualTo(2);
            assertThat(out.damagedTail()).isEmpty();
            assertThat(out.size()).isEqualTo(128);
            out.write(ADDED, 5_999);
        }
        assertAppended(file, Arrays.copyOf(damaged, 128));
    }

    @Test
    void appendRestoresMissingPaddingFirst() throws IOException {
        byte[] full = twoFramesAndACutChunk().toByteArray();
        Path file = Files.write(dir.resolve("a.bin"), Arrays.copyOf(full, 116));
        appendAddedFrame(file);
        assertAppended(file, Arrays.copyOf(full, 128));
    }

    @Test
    void appendToAWrittenStreamAddsAfterItsFrames() throws IOException {
        Path file = dir.resolve("w.bin");
        try (ImageStream out = ImageStreams.open(file, "w")) {
            out.write(GRAY, 10_000).write(JPEG, 20_000);
        }
        byte[] written = Files.readAllBytes(file);
        appendAddedFrame(file);
        assertAppended(file, written);
    }

    private static void appendAddedFrame(Path file) throws IOException {
        try (ImageStream out = ImageStreams.open(file, "a")) {
            assertThat(out.offset()).isEqualTo(out.count());
            out.write(ADDED, 5_999);
        }
    }

    private static void assertAppended(Path file, byte[] before) throws IOException {
        byte[] expected = Arrays.copyOf(before, before.length + 48);
        System.arraycopy(addedChunk(), 0, expected, before.length, 48);
        assertThat(Files.readAllBytes(file)).containsExactly(expected);
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.damagedTail()).isEmpty();
            assertThat(in.images()).containsExactly(GRAY, JPEG, ADDED);
            assertThat(in.frameInfo(2).offset()).isEqualTo(before.length);
            assertThat(in.frameInfo(2).intervalMicros()).isEqualTo(5_000);
        }
    }

    @Test
    void appendToAVersion2_1StreamWritesMicroseconds() throws IOException {
        Path file = StreamBytes.magic("V2.1").v2Frame(16_667, 2, 2, 0x08020001, 4, sequence(1, 4)).writeTo(dir.resolve("v21.bin"));
        try (ImageStream out = ImageStreams.open(file, "a")) {
            assertThat(out.version()).hasValue(21);
            out.write(ADDED, 5_999);
        }
        byte[] chunk = StreamBytes.raw().u32(5_999, 3, 1, 0x0C030002, 6).zeros(12).bytes(hex("1F 00 E0 07 00 F8")).zeros(10).toByteArray();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOfRange(bytes, 64, bytes.length)).containsExactly(chunk);
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.frameInfo(0).intervalMicros()).isEqualTo(16_667);
            assertThat(in.frameInfo(1).intervalMicros()).isEqualTo(5_999);
            assertThat(in.readFrame(1)).isEqualTo(ADDED);
        }
    }

    @Test
    void version1StreamsCannotBeAppendedTo() throws IOException {
        for (String version : new String[] {"V1.0", "V1.1"}) {
            Path file = StreamBytes.magic(version).v1Frame(1, 1, 1, 1, new byte[] {7}).bytes(1, 2, 3).writeTo(dir.resolve("v1.bin"));
            byte[] before = Files.readAllBytes(file);
            assertThatThrownBy(() -> ImageStreams.open(file, "a")).isInstanceOfSatisfying(StreamFormatException.class, e -> {
                assertThat(e.offset()).isZero();
                assertThat(e.reason()).isEqualTo("cannot append to a version " + version
                        + " stream: frames are written with version 2 chunk headers, which a version 1 file cannot mix");
            });
            assertThat(Files.readAllBytes(file)).containsExactly(before);
        }
    }

    @Test
    void version1StreamsCanBeRepaired() throws IOException {
        Path file = StreamBytes.magic("V1.0").v1Frame(1, 1, 1, 2 - 1, new byte[] {7}).bytes(1, 2, 3).writeTo(dir.resolve("v1.bin"));
        assertThat(ImageStreams.repair(file)).contains(new DamagedTail(48, 3, "chunk header cut short: 3 of 16 bytes"));
        assertThat(Files.size(file)).isEqualTo(48);
    }
}
