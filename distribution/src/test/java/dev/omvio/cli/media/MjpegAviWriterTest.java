package dev.omvio.cli.media;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MjpegAviWriterTest {
    @TempDir
    Path dir;

    /**
     * Pictures of 3 and 4 bytes at 0 and 80 ms on a 40 ms tick: the layout worked out by hand.
     * Headers end at 224; chunk '00dc' of 3 bytes + 1 pad at 224, an empty one (the held tick)
     * at 236, one of 4 bytes at 244; idx1 at 256 with 3 entries of 16 bytes; 312 bytes in all.
     */
    @Test
    void layoutIndexAndHeadersAreThoseOfAviOne() throws IOException {
        Path file = dir.resolve("two.avi");
        try (MjpegAviWriter avi = new MjpegAviWriter(file, 320, 240, 40_000)) {
            avi.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), 0);
            avi.write(ByteBuffer.wrap(new byte[] {4, 5, 6, 7}), 80_000);
        }
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(bytes.capacity()).isEqualTo(312);
        assertThat(fourcc(bytes, 0)).isEqualTo("RIFF");
        assertThat(bytes.getInt(4)).isEqualTo(304);
        assertThat(fourcc(bytes, 8)).isEqualTo("AVI ");
        assertThat(fourcc(bytes, 12) + bytes.getInt(16) + fourcc(bytes, 20)).isEqualTo("LIST192hdrl");
        // avih: 40 000 µs per frame, has-index flag, 3 ticks, 1 stream, 320 x 240
        assertThat(fourcc(bytes, 24) + bytes.getInt(28)).isEqualTo("avih56");
        assertThat(bytes.getInt(32)).isEqualTo(40_000);
        assertThat(bytes.getInt(44)).isEqualTo(0x10);
        assertThat(bytes.getInt(48)).isEqualTo(3);
        assertThat(bytes.getInt(56)).isEqualTo(1);
        assertThat(bytes.getInt(64)).isEqualTo(320);
        assertThat(bytes.getInt(68)).isEqualTo(240);
        // strh: vids/MJPG, scale 40 000 over rate 1 000 000, length 3
        assertThat(fourcc(bytes, 88) + bytes.getInt(92) + fourcc(bytes, 96)).isEqualTo("LIST116strl");
        assertThat(fourcc(bytes, 100) + bytes.getInt(104) + fourcc(bytes, 108) + fourcc(bytes, 112))
                .isEqualTo("strh56vidsMJPG");
        assertThat(bytes.getInt(128)).isEqualTo(40_000);
        assertThat(bytes.getInt(132)).isEqualTo(1_000_000);
        assertThat(bytes.getInt(140)).isEqualTo(3);
        // strf: BITMAPINFOHEADER of 40 bytes, MJPG
        assertThat(fourcc(bytes, 164) + bytes.getInt(168) + bytes.getInt(172)).isEqualTo("strf4040");
        assertThat(bytes.getInt(176)).isEqualTo(320);
        assertThat(bytes.getInt(180)).isEqualTo(240);
        assertThat(fourcc(bytes, 188)).isEqualTo("MJPG");
        // movi: from its fourcc at 220 to the end of the last chunk at 256
        assertThat(fourcc(bytes, 212) + bytes.getInt(216) + fourcc(bytes, 220)).isEqualTo("LIST36movi");
        assertThat(fourcc(bytes, 224) + bytes.getInt(228)).isEqualTo("00dc3");
        assertThat(bytes.get(232)).isEqualTo((byte) 1);
        assertThat(bytes.get(235)).isZero();
        assertThat(fourcc(bytes, 236) + bytes.getInt(240)).isEqualTo("00dc0");
        assertThat(fourcc(bytes, 244) + bytes.getInt(248)).isEqualTo("00dc4");
        // idx1: offsets from the movi fourcc; pictures are key frames, the held tick is not
        assertThat(fourcc(bytes, 256) + bytes.getInt(260)).isEqualTo("idx148");
        assertThat(entry(bytes, 264)).isEqualTo("00dc 16 4 3");
        assertThat(entry(bytes, 280)).isEqualTo("00dc 0 16 0");
        assertThat(entry(bytes, 296)).isEqualTo("00dc 16 24 4");
    }

    @Test
    void framesOnTheSameTickTakeTheNextOneAndNoneIsDropped() throws IOException {
        Path file = dir.resolve("crowded.avi");
        try (MjpegAviWriter avi = new MjpegAviWriter(file, 8, 8, 100_000)) {
            avi.write(ByteBuffer.wrap(new byte[] {1}), 0);
            avi.write(ByteBuffer.wrap(new byte[] {2}), 10_000);
            avi.write(ByteBuffer.wrap(new byte[] {3}), 20_000);
            assertThat(avi.pictures()).isEqualTo(3);
        }
        try (MjpegAviReader avi = MjpegAviReader.open(file)) {
            assertThat(avi.pictures()).extracting(MjpegAviReader.Picture::timeMicros)
                    .containsExactly(0L, 100_000L, 200_000L);
        }
    }

    @Test
    void theReaderGivesBackPicturesAndTheirTimes() throws IOException {
        Path file = dir.resolve("two.avi");
        try (MjpegAviWriter avi = new MjpegAviWriter(file, 320, 240, 40_000)) {
            avi.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), 0);
            avi.write(ByteBuffer.wrap(new byte[] {4, 5, 6, 7}), 80_000);
        }

        try (MjpegAviReader avi = MjpegAviReader.open(file)) {
            assertThat(avi.width()).isEqualTo(320);
            assertThat(avi.height()).isEqualTo(240);
            assertThat(avi.pictures()).containsExactly(
                    new MjpegAviReader.Picture(232, 3, 0), new MjpegAviReader.Picture(252, 4, 80_000));
            assertThat(avi.read(avi.pictures().get(1)).array()).containsExactly(4, 5, 6, 7);
        }
    }

    @Test
    void aDamagedAviIsAnErrorNamingTheOffset() throws IOException {
        Path file = dir.resolve("two.avi");
        try (MjpegAviWriter avi = new MjpegAviWriter(file, 320, 240, 40_000)) {
            avi.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), 0);
        }
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(228, 0x7FFF_FFF0); // the chunk's size
        Files.write(file, bytes);

        org.assertj.core.api.Assertions.assertThatIOException()
                .isThrownBy(() -> MjpegAviReader.open(file))
                .withMessageContaining("offset 224");
    }

    private static String fourcc(ByteBuffer bytes, int at) {
        byte[] code = new byte[4];
        bytes.get(at, code);
        return new String(code, StandardCharsets.US_ASCII);
    }

    private static String entry(ByteBuffer bytes, int at) {
        return fourcc(bytes, at) + " " + bytes.getInt(at + 4) + " " + bytes.getInt(at + 8) + " " + bytes.getInt(at + 12);
    }
}
