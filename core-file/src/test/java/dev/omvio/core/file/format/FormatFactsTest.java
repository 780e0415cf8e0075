package dev.omvio.core.file.format;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.StreamFormatException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared layout facts against FORMAT.md, without any I/O: magics, header decoding and
 * encoding in both layouts, and Pad16. Every golden byte is written out by hand here.
 */
class FormatFactsTest {
    @Test
    void eachVersionHasTheMagicItsNameSpellsAndItsLayout() {
        for (StreamVersion version : StreamVersion.values()) {
            String text = "OMV IMG STR " + version;
            assertThat(version.magic()).isEqualTo(text.getBytes(StandardCharsets.US_ASCII)).hasSize(16);
            assertThat(StreamVersion.ofMagic(version.magic())).hasValue(version);
        }
        assertThat(StreamVersion.V1_0.label()).isEqualTo("1.0");
        assertThat(StreamVersion.V2_1.toString()).isEqualTo("V2.1");
        assertThat(StreamVersion.V1_1.number()).isEqualTo(11);
        assertThat(StreamVersion.V1_1.headerSize()).isEqualTo(16);
        assertThat(StreamVersion.V2_0.headerSize()).isEqualTo(32);
        assertThat(StreamVersion.V1_0.storesRgb565BigEndian()).isTrue();
        assertThat(StreamVersion.V1_1.storesRgb565BigEndian()).isFalse();
        assertThat(StreamVersion.V2_0.toMicros(33)).isEqualTo(33_000);
        assertThat(StreamVersion.V2_1.toMicros(33)).isEqualTo(33);
        assertThat(StreamVersion.V2_0.microsPerUnit()).isEqualTo(1_000);
        assertThat(StreamVersion.V2_1.microsPerUnit()).isEqualTo(1);
    }

    @Test
    void anArgb8ChunkHasNoDataAsTheFirmwareCountsIt() throws StreamFormatException {
        // imlib.c image_size() has no case for PIXFORMAT_ARGB8 (0x0C080004): default, 0 bytes.
        // The 2.0 header: interval 5, 3 x 2, pixformat 0C080004, size 0, 12 zero bytes.
        ByteBuffer bytes = ByteBuffer.wrap(new byte[] {
            5, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 0x04, 0x00, 0x08, 0x0C,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertThat(ChunkHeader.decode(StreamVersion.V2_0, bytes, 16))
                .isEqualTo(new ChunkHeader(5, 3, 2, PixelFormat.ARGB8, 0));
        assertThat(ChunkHeader.dataSize(PixelFormat.ARGB8, 3, 2)).isZero();
        assertThat(ChunkHeader.dataSize(PixelFormat.RGB565, 3, 2)).isEqualTo(12);
    }

    @Test
    void argb8ImagesAreNotStorableAndTheMessageNamesTheAlternatives() {
        Image argb = Image.of(1, 1, PixelFormat.ARGB8, new byte[4]);
        assertThatThrownBy(() -> ChunkHeader.requireStorable(argb))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ARGB8")
                .hasMessageContaining("PNG (keeps alpha) or RGB565");
    }

    @Test
    void magicIsACopy() {
        byte[] magic = StreamVersion.V2_0.magic();
        magic[0] = 'X';
        assertThat(StreamVersion.V2_0.magic()[0]).isEqualTo((byte) 'O');
    }

    @Test
    void otherBytesAreNoMagicAndSayWhy() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(StreamVersion.ofMagic(png)).isEmpty();
        assertThat(StreamVersion.whyNotAMagic(png)).isEqualTo("not an OpenMV stream: bad magic");

        byte[] future = "OMV IMG STR V3.\u0007".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(StreamVersion.ofMagic(future)).isEmpty();
        assertThat(StreamVersion.whyNotAMagic(future))
                .isEqualTo("unknown version V3.?: expected V1.0, V1.1, V2.0 or V2.1");
        assertThat(StreamVersion.ofMagic("OMV IMG STR V2.".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void decodesAVersion2HeaderFromTheBuffersPosition() throws StreamFormatException {
        // 3 bytes before the header; interval 33 ms, 320 x 240, RGB565 (0x0C030002), size 0, 12 reserved.
        ByteBuffer bytes = ByteBuffer.wrap(new byte[] {
            9, 9, 9,
            33, 0, 0, 0, 0x40, 0x01, 0, 0, (byte) 0xF0, 0, 0, 0, 0x02, 0x00, 0x03, 0x0C,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        }).position(3);

        ChunkHeader header = ChunkHeader.decode(StreamVersion.V2_0, bytes, 1000);

        assertThat(header).isEqualTo(new ChunkHeader(33, 320, 240, PixelFormat.RGB565, 320 * 240 * 2));
        assertThat(bytes.position()).isEqualTo(3);
        assertThat(bytes.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
    }

    @Test
    void decodesVersion1BppFields() throws StreamFormatException {
        // bpp 1: GRAYSCALE 4 x 2 = 8 bytes; bpp 5000 (0x1388): a JPEG of 5000 bytes.
        ChunkHeader gray = ChunkHeader.decode(StreamVersion.V1_1,
                ByteBuffer.wrap(new byte[] {10, 0, 0, 0, 4, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0}), 16);
        ChunkHeader jpeg = ChunkHeader.decode(StreamVersion.V1_0,
                ByteBuffer.wrap(new byte[] {10, 0, 0, 0, 4, 0, 0, 0, 2, 0, 0, 0, (byte) 0x88, 0x13, 0, 0}), 16);

        assertThat(gray).isEqualTo(new ChunkHeader(10, 4, 2, PixelFormat.GRAYSCALE, 8));
        assertThat(jpeg).isEqualTo(new ChunkHeader(10, 4, 2, PixelFormat.JPEG, 5000));
    }

    @Test
    void rejectsOutOfRangeValuesWithTheHeadersOffset() {
        // width 32768 (0x8000)
        ByteBuffer wide = ByteBuffer.wrap(new byte[] {1, 0, 0, 0, 0, (byte) 0x80, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0});
        assertThatThrownBy(() -> ChunkHeader.decode(StreamVersion.V1_1, wide, 48))
                .isInstanceOfSatisfying(StreamFormatException.class, e -> {
                    assertThat(e.offset()).isEqualTo(48);
                    assertThat(e.reason()).isEqualTo("width of 32768 out of range 1..32767");
                });
        assertThatThrownBy(() -> ChunkHeader.decode(StreamVersion.V2_0, ByteBuffer.allocate(16), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a V2.0 chunk header has 32 bytes, got 16");
    }

    @Test
    void encodesTheVersion2LayoutTheFirmwareWrites() {
        ByteBuffer target = ByteBuffer.allocate(40).put(new byte[40]);
        new ChunkHeader(100, 2, 3, PixelFormat.JPEG, 0x0102).encodeVersion2(target);

        byte[] written = new byte[target.remaining()];
        target.get(written);
        assertThat(written).containsExactly(
                100, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0x00, 0x00, 0x06, 0x06, 0x02, 0x01, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Property
    void version2HeadersDecodeAsEncoded(@ForAll("headers") ChunkHeader header) throws StreamFormatException {
        ByteBuffer bytes = ByteBuffer.allocate(ChunkHeader.VERSION_2_SIZE);
        header.encodeVersion2(bytes);
        assertThat(ChunkHeader.decode(StreamVersion.V2_1, bytes, 16)).isEqualTo(header);
    }

    @Provide
    Arbitrary<ChunkHeader> headers() {
        Arbitrary<Long> intervals = Arbitraries.longs().between(0, ChunkHeader.MAX_INTERVAL);
        Arbitrary<Integer> sides = Arbitraries.integers().between(1, ChunkHeader.MAX_DIMENSION);
        Arbitrary<PixelFormat> formats = Arbitraries.of(PixelFormat.class);
        Arbitrary<Long> compressedSizes = Arbitraries.longs().between(1, 0xFFFF_FFFFL);
        return Combinators.combine(intervals, sides, sides, formats, compressedSizes).as((interval, w, h, format, size) ->
                new ChunkHeader(interval, w, h, format, format.isCompressed() ? size : ChunkHeader.dataSize(format, w, h)));
    }

    @Test
    void writingCapsTheIntervalAtWhatTheIdeAcceptsAndRefusesOversizedImages() {
        // The IDE (videotools.cpp, getMaxSizeAndAvgMicrosDelta) reads the interval as a 32-bit
        // int M, takes M * 1000 for versions below 2.1 and refuses M > 1000 * 1000 * 1000:
        // 1,000,000 ms -> 1,000,000,000 us passes, 1,000,001 ms -> 1,000,001,000 us does not.
        Image image = Image.of(2, 1, PixelFormat.GRAYSCALE, new byte[] {1, 2});
        assertThat(StreamVersion.V1_0.maxWrittenInterval()).isEqualTo(1_000_000L);
        assertThat(StreamVersion.V1_1.maxWrittenInterval()).isEqualTo(1_000_000L);
        assertThat(StreamVersion.V2_0.maxWrittenInterval()).isEqualTo(1_000_000L);
        assertThat(StreamVersion.V2_1.maxWrittenInterval()).isEqualTo(1_000_000_000L);
        assertThat(ChunkHeader.of(StreamVersion.V2_0, image, 1_000_001))
                .isEqualTo(new ChunkHeader(1_000_000L, 2, 1, PixelFormat.GRAYSCALE, 2));
        assertThat(ChunkHeader.of(StreamVersion.V2_0, image, 1_000_000))
                .isEqualTo(new ChunkHeader(1_000_000L, 2, 1, PixelFormat.GRAYSCALE, 2));
        assertThat(ChunkHeader.of(StreamVersion.V2_1, image, 1_000_000_001))
                .isEqualTo(new ChunkHeader(1_000_000_000L, 2, 1, PixelFormat.GRAYSCALE, 2));

        Image wide = Image.of(32768, 1, PixelFormat.GRAYSCALE, new byte[32768]);
        assertThatThrownBy(() -> ChunkHeader.requireStorable(wide))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("image of 32768x1 is larger than the 32767x32767 stream files allow");
        assertThatThrownBy(() -> new ChunkHeader(-1, 1, 1, PixelFormat.GRAYSCALE, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stored interval of -1 out of range 0..1000000000");
        assertThatThrownBy(() -> new ChunkHeader(0, 1, 1, PixelFormat.JPEG, 1L << 32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("data size of 4294967296 out of range 0..4294967295");
    }

    @Test
    void pad16AlignsToTheNextMultipleOf16() {
        assertThat(Pad16.align(0)).isZero();
        assertThat(Pad16.align(1)).isEqualTo(16);
        assertThat(Pad16.align(16)).isEqualTo(16);
        assertThat(Pad16.align(17)).isEqualTo(32);
        assertThat(Pad16.align(0x1_0000_0001L)).isEqualTo(0x1_0000_0010L);
        assertThat(Pad16.length(16 + 32 + 5)).isEqualTo(11);
        assertThat(Pad16.length(64)).isZero();
    }
}
