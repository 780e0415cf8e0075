package dev.omvio.codecs.raw;

import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Firmware arithmetic of FORMAT.md section 3, with every expected value worked out by hand. */
class RawCodecTest {
    private final RawCodec codec = new RawCodec();

    private int[] decode(int width, int height, PixelFormat format, int... bytes) {
        int[] argb = new int[width * height];
        codec.decode(Image.of(width, height, format, bytes(bytes)), DecodeOptions.DEFAULT, argb, 0, width);
        return argb;
    }

    private byte[] encode(int width, int height, PixelFormat format, int... argb) {
        return codec.encode(argb, 0, width, width, height, format, EncodeOptions.DEFAULT).toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void rgb565DecodesByBitReplication() {
        // 0xF81F (bytes 1F F8): r5 = 11111 = 31 -> (31<<3)|(31>>2) = 248|7 = 255; g6 = 0; b5 = 31 -> 255.
        // 0x8410 (bytes 10 84): 1000 0100 0001 0000: r5 = 16 -> 128|4 = 132; g6 = 100000 = 32 -> 128|2 = 130; b5 = 16 -> 132.
        // 0xA554 (bytes 54 A5): 1010 0101 0101 0100: r5 = 10100 = 20 -> 160|5 = 165; g6 = 101010 = 42 -> 168|2 = 170; b5 = 20 -> 165.
        // 0x07E0 (bytes E0 07): r5 = 0, g6 = 63 -> 252|3 = 255, b5 = 0.
        assertThat(decode(4, 1, PixelFormat.RGB565, 0x1F, 0xF8, 0x10, 0x84, 0x54, 0xA5, 0xE0, 0x07))
                .containsExactly(0xFFFF00FF, 0xFF848284, 0xFFA5AAA5, 0xFF00FF00);
    }

    @Test
    void rgb565EncodesByTruncation() {
        // (200, 100, 50): (200 & 0xF8) << 8 = 0xC800; (100 & 0xFC) << 3 = 100 << 3 = 0x320; 50 >> 3 = 6
        // -> 0xC800 + 0x320 + 6 = 0xCB26, little-endian 26 CB.
        // (255, 255, 255) -> 0xF800 | 0x07E0 | 0x1F = 0xFFFF.  (7, 3, 7) -> all bits truncated away: 0x0000.
        assertThat(encode(3, 1, PixelFormat.RGB565, 0xFFC86432, 0xFFFFFFFF, 0x00070307))
                .containsExactly(bytes(0x26, 0xCB, 0xFF, 0xFF, 0x00, 0x00));
    }

    @Test
    void greyscaleFromColourUsesTheFirmwareWeights() {
        // (r*38 + g*75 + b*15) >> 7:
        // (200,100,50): 7600 + 7500 + 750 = 15850; 15850 >> 7 = 123 (123*128 = 15744 <= 15850 < 15872).
        // (255,0,0): 9690 >> 7 = 75.  (0,255,0): 19125 >> 7 = 149.  (0,0,255): 3825 >> 7 = 29.
        // (255,255,255): 255*128 >> 7 = 255.
        assertThat(encode(5, 1, PixelFormat.GRAYSCALE, 0xFFC86432, 0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0xFFFFFFFF))
                .containsExactly(bytes(123, 75, 149, 29, 255));
    }

    @Test
    void greyscaleDecodesToOpaqueGreys() throws IOException {
        assertThat(decode(3, 1, PixelFormat.GRAYSCALE, 0, 0x7F, 0xFF)).containsExactly(0xFF000000, 0xFF7F7F7F, 0xFFFFFFFF);
        BufferedImage image = codec.decode(Image.of(3, 1, PixelFormat.GRAYSCALE, bytes(0, 0x7F, 0xFF)), DecodeOptions.DEFAULT);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(((DataBufferByte) image.getRaster().getDataBuffer()).getData()).containsExactly(bytes(0, 0x7F, 0xFF));
    }

    @Test
    void aDecodedGreyImageEncodesBackLevelForLevel() throws IOException {
        Image grey = Image.of(3, 1, PixelFormat.GRAYSCALE, bytes(0, 100, 255));
        BufferedImage image = codec.decode(grey, DecodeOptions.DEFAULT);
        assertThat(codec.encode(image, PixelFormat.GRAYSCALE, EncodeOptions.DEFAULT)).isEqualTo(grey);
    }

    @Test
    void binaryDecodesLsbFirstWordsPerRow() throws IOException {
        // Width 33: ceil(33/32) = 2 words = 8 bytes per row. Row 0 sets x = 0 (byte 0 bit 0), x = 9
        // (byte 1 bit 1), x = 31 (byte 3 bit 7), x = 32 (byte 4 bit 0); row 1 sets only x = 1 (byte 8 bit 1).
        int[] argb = decode(33, 2, PixelFormat.BINARY, 0x01, 0x02, 0, 0x80, 0x01, 0, 0, 0, 0x02, 0, 0, 0, 0, 0, 0, 0);
        for (int x = 0; x < 33; x++) {
            boolean white = x == 0 || x == 9 || x == 31 || x == 32;
            assertThat(argb[x]).as("row 0, x=%d", x).isEqualTo(white ? 0xFFFFFFFF : 0xFF000000);
            assertThat(argb[33 + x]).as("row 1, x=%d", x).isEqualTo(x == 1 ? 0xFFFFFFFF : 0xFF000000);
        }
        BufferedImage image = codec.decode(Image.of(33, 2, PixelFormat.BINARY,
                bytes(0x01, 0x02, 0, 0x80, 0x01, 0, 0, 0, 0x02, 0, 0, 0, 0, 0, 0, 0)), DecodeOptions.DEFAULT);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(image.getRaster().getSample(9, 0, 0)).isEqualTo(255);
        assertThat(image.getRaster().getSample(10, 0, 0)).isZero();
    }

    @Test
    void binaryEncodesLumaOfAtLeast128AsWhite() {
        // Width 10 (one word per row). Luma: 0xFF7F7F7F -> 127 (black), 0xFF808080 -> 128 (white),
        // red -> 75 (black), green -> 149 (white); x = 9 white too. Bits: x=1, x=3, x=9 -> byte 0 =
        // 0b1010 = 0x0A, byte 1 = 0b10 = 0x02; padding bits stay 0.
        assertThat(encode(10, 1, PixelFormat.BINARY,
                0xFF7F7F7F, 0xFF808080, 0xFFFF0000, 0xFF00FF00, 0, 0, 0, 0, 0, 0xFFFFFFFF))
                .containsExactly(bytes(0x0A, 0x02, 0, 0));
    }

    @Test
    void argb8IsLittleEndianAarrggbb() {
        assertThat(decode(1, 1, PixelFormat.ARGB8, 0x10, 0x20, 0x30, 0x40)).containsExactly(0x40302010);
        assertThat(encode(1, 1, PixelFormat.ARGB8, 0x40302010)).containsExactly(bytes(0x10, 0x20, 0x30, 0x40));
    }

    @Test
    void yuv422DecodesWithTheFirmwareArithmetic() {
        // Y0=100 c1=150 Y1=200 c2=90: YUV422 -> a = 150-128 = 22, b = 90-128 = -38.
        // R: (179*22) >> 7 = 3938 >> 7 = 30.        -> 130, 230
        // G: (44*-38 + 91*22) >> 7 = (-1672 + 2002) >> 7 = 330 >> 7 = 2.  -> 98, 198
        // B: (227*-38) >> 7 = -8626 >> 7 = floor(-67.39) = -68.             -> 32, 132
        assertThat(decode(2, 1, PixelFormat.YUV422, 100, 150, 200, 90))
                .containsExactly(rgb(130, 98, 32), rgb(230, 198, 132));
    }

    @Test
    void yvu422SwapsTheChromaBytes() {
        // Same bytes, YVU422 -> a = 90-128 = -38, b = 150-128 = 22.
        // R: (179*-38) >> 7 = -6802 >> 7 = floor(-53.14) = -54.            -> 46, 146
        // G: (44*22 + 91*-38) >> 7 = (968 - 3458) >> 7 = -2490 >> 7 = -20.  -> 120, 220
        // B: (227*22) >> 7 = 4994 >> 7 = 39.                                  -> 139, 239
        assertThat(decode(2, 1, PixelFormat.YVU422, 100, 150, 200, 90))
                .containsExactly(rgb(46, 120, 139), rgb(146, 220, 239));
    }

    @Test
    void yuv422Clamps() {
        // Y=250, a = 255-128 = 127, b = 0-128 = -128:
        // R: 250 + (179*127 >> 7) = 250 + (22733 >> 7 = 177) = 427 -> 255
        // G: 250 - ((44*-128 + 91*127) >> 7) = 250 - ((-5632 + 11557) >> 7 = 5925 >> 7 = 46) = 204
        // B: 250 + (227*-128 >> 7 = -227) = 23.  Second pixel Y=0: R 177, G -46 -> 0, B -227 -> 0.
        assertThat(decode(2, 1, PixelFormat.YUV422, 250, 255, 0, 0))
                .containsExactly(rgb(255, 204, 23), rgb(177, 0, 0));
    }

    @Test
    void yuv422OddWidthLastPixelTakesItsOwnChromaByteThenThePreviousPixels() {
        // Firmware imlib_deyuv_line, x = w-1 of an odd width w >= 2: it loads the u32 at pixel x-1
        // (bytes Y[x-1] C[x-1] Y[x] C[x]) and rearranges it to Y[x] C[x] Y[x] C[x-1], so c1 is the
        // pixel's own chroma byte and c2 the chroma byte of the pixel before it.
        // Width 3, two rows. Row 0: pair (Y 100, c1 150, Y 200, c2 90) as above, then Y=50, own byte
        // 200: a = 200-128 = 72, b = 90-128 = -38.
        // R: 50 + (179*72 >> 7 = 12888 >> 7 = 100) = 150.  G: 50 - ((44*-38 + 91*72) >> 7 = 4880 >> 7 = 38) = 12.
        // B: 50 + (227*-38 >> 7 = -8626 >> 7 = -68) = -18 -> 0.
        // Row 1 starts at byte 6: Y 10/20 with c1 = c2 = 128 (a = b = 0), then Y=30, own byte 0: a = -128,
        // b = 128-128 = 0. R: 30 + (179*-128 >> 7 = -179) -> 0.  G: 30 - ((0 + 91*-128) >> 7 = -91) = 121.  B: 30.
        assertThat(decode(3, 2, PixelFormat.YUV422, 100, 150, 200, 90, 50, 200, 10, 128, 20, 128, 30, 0))
                .containsExactly(rgb(130, 98, 32), rgb(230, 198, 132), rgb(150, 12, 0),
                        rgb(10, 10, 10), rgb(20, 20, 20), rgb(0, 121, 30));
    }

    @Test
    void yvu422OddWidthLastPixelSwapsTheSameTwoBytes() {
        // YVU422 (firmware shift 0): a = c2 - 128, b = c1 - 128 of the rearranged Y[x] C[x] Y[x] C[x-1].
        // Row 0's pair as in yvu422SwapsTheChromaBytes; last pixel Y=50: a = 90-128 = -38, b = 200-128 = 72.
        // R: 50 + (179*-38 >> 7 = -6802 >> 7 = -54) = -4 -> 0.  G: 50 - ((44*72 + 91*-38) >> 7 = -290 >> 7 = -3) = 53.
        // B: 50 + (227*72 >> 7 = 16344 >> 7 = 127) = 177.
        assertThat(decode(3, 1, PixelFormat.YVU422, 100, 150, 200, 90, 50, 200))
                .containsExactly(rgb(46, 120, 139), rgb(146, 220, 239), rgb(0, 53, 177));
    }

    @Test
    void yuvConvertsToTheCamerasGreyscaleBitmapAndRgb565() throws IOException {
        Image yuv = Image.of(3, 2, PixelFormat.YUV422, bytes(100, 150, 200, 90, 50, 200, 10, 128, 20, 128, 30, 0));
        // to_grayscale(): the luma bytes, odd last column included (firmware y0 = Y[x]).
        assertThat(codec.convert(yuv, PixelFormat.GRAYSCALE, DecodeOptions.DEFAULT).toByteArray())
                .containsExactly(bytes(100, 200, 50, 10, 20, 30));
        // to_bitmap(): luma >> 7, one little-endian u32 per row: row 0 has only x=1 (200) set.
        assertThat(codec.convert(yuv, PixelFormat.BINARY, DecodeOptions.DEFAULT).toByteArray())
                .containsExactly(bytes(0x02, 0, 0, 0, 0, 0, 0, 0));
        // to_rgb565(): the 8-bit colours above truncated: (130, 98, 32) -> 16<<11 | 24<<5 | 4 = 0x8304;
        // (150, 12, 0) -> 18<<11 | 3<<5 | 0 = 0x9060; (0, 121, 30) -> 0 | 30<<5 | 3 = 0x03C3.
        byte[] rgb565 = codec.convert(yuv, PixelFormat.RGB565, DecodeOptions.DEFAULT).toByteArray();
        assertThat(new byte[] {rgb565[0], rgb565[1], rgb565[4], rgb565[5], rgb565[10], rgb565[11]})
                .containsExactly(bytes(0x04, 0x83, 0x60, 0x90, 0xC3, 0x03));
    }

    @Test
    void yuv422OnePixelRowsUseTheirOwnChromaByteAndNeutralOther() {
        // Width 1 (omvio's choice; the firmware decodes a constant there, see CODECS.md):
        // Y=100, c1=150 -> a = 22, b = 0 (neutral): R 100+30 = 130;
        // G 100 - ((0 + 2002) >> 7 = 15) = 85; B 100 + 0 = 100.
        assertThat(decode(1, 1, PixelFormat.YUV422, 100, 150)).containsExactly(rgb(130, 85, 100));
    }

    @Test
    void yuv422EncodesLumaAndMeanChromaPerPair() {
        // (200,100,50) twice: Y = 123 (as for GRAYSCALE);
        // red difference (64*200 - 54*100 - 10*50) >> 7 = 6900 >> 7 = 53 -> 181;
        // blue difference (-21*200 - 43*100 + 64*50) >> 7 = -5300 >> 7 = floor(-41.4) = -42 -> 86.
        assertThat(encode(2, 1, PixelFormat.YUV422, 0xFFC86432, 0xFFC86432)).containsExactly(bytes(123, 181, 123, 86));
        assertThat(encode(2, 1, PixelFormat.YVU422, 0xFFC86432, 0xFFC86432)).containsExactly(bytes(123, 86, 123, 181));
        // red (Y 75, red diff 16320 >> 7 = 127, blue diff -5355 >> 7 = -42) and blue (Y 29, red diff
        // -2550 >> 7 = -20, blue diff 16320 >> 7 = 127): a = (127 - 20) >> 1 = 53, b = (-42 + 127) >> 1 = 42.
        assertThat(encode(2, 1, PixelFormat.YUV422, 0xFFFF0000, 0xFF0000FF)).containsExactly(bytes(75, 181, 29, 170));
        // Odd width: the lone last pixel gets its luma and its own red difference (YUV422's c1 place).
        assertThat(encode(1, 1, PixelFormat.YUV422, 0xFFC86432)).containsExactly(bytes(123, 181));
    }

    @Test
    void decodesIntoACallersRowsLeavingTheRestAlone() {
        int[] argb = new int[2 + 3 * 4];
        java.util.Arrays.fill(argb, 7);
        codec.decode(Image.of(3, 2, PixelFormat.GRAYSCALE, bytes(1, 2, 3, 4, 5, 6)), DecodeOptions.DEFAULT, argb, 2, 4);
        assertThat(argb).containsExactly(7, 7, 0xFF010101, 0xFF020202, 0xFF030303, 7,
                0xFF040404, 0xFF050505, 0xFF060606, 7, 7, 7, 7, 7);
    }

    @Test
    void decodesDirectBufferImages() {
        ByteBuffer direct = ByteBuffer.allocateDirect(4);
        direct.put(bytes(0x1F, 0xF8, 0xE0, 0x07)).flip();
        int[] argb = new int[2];
        codec.decode(Image.wrap(2, 1, PixelFormat.RGB565, direct), DecodeOptions.DEFAULT, argb, 0, 2);
        assertThat(argb).containsExactly(0xFFFF00FF, 0xFF00FF00);
    }

    @Test
    void rejectsTooSmallBuffersAndForeignFormats() {
        Image image = Image.of(3, 2, PixelFormat.GRAYSCALE, new byte[6]);
        assertThatThrownBy(() -> codec.decode(image, DecodeOptions.DEFAULT, new int[5], 0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need 6 array elements, got 5");
        assertThatThrownBy(() -> codec.decode(image, DecodeOptions.DEFAULT, new int[6], 0, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scanline 2");
        assertThatThrownBy(() -> codec.encode(new int[4], 0, 2, 2, 2, PixelFormat.JPEG, EncodeOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JPEG");
    }

    private static int rgb(int r, int g, int b) {
        return 0xFF000000 | r << 16 | g << 8 | b;
    }
}
