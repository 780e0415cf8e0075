package dev.omvio.codecs.bayer;

import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mosaic and demosaic of the four patterns, worked out by hand. */
class BayerCodecTest {
    private final BayerCodec codec = new BayerCodec();

    static int rgb(int r, int g, int b) {
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private int[] demosaic(int width, int height, PixelFormat format, BayerAlgorithm algorithm, int... samples) {
        Image image = Image.of(width, height, format, bytes(samples));
        DecodeOptions options = DecodeOptions.DEFAULT.withBayer(algorithm);
        int[] argb = new int[options.decodedWidth(image) * options.decodedHeight(image)];
        codec.decode(image, options, argb, 0, options.decodedWidth(image));
        return argb;
    }

    @Test
    void mosaicKeepsTheChannelEachPatternNamesAtTheTopLeft() {
        // (1,2,3) (4,5,6) / (7,8,9) (10,11,12)
        int[] tile = {rgb(1, 2, 3), rgb(4, 5, 6), rgb(7, 8, 9), rgb(10, 11, 12)};
        assertThat(mosaic(tile, PixelFormat.BAYER_BGGR)).containsExactly(bytes(3, 5, 8, 10)); // B G / G R
        assertThat(mosaic(tile, PixelFormat.BAYER_GBRG)).containsExactly(bytes(2, 6, 7, 11)); // G B / R G
        assertThat(mosaic(tile, PixelFormat.BAYER_GRBG)).containsExactly(bytes(2, 4, 9, 11)); // G R / B G
        assertThat(mosaic(tile, PixelFormat.BAYER_RGGB)).containsExactly(bytes(1, 5, 8, 12)); // R G / G B
    }

    private byte[] mosaic(int[] tile, PixelFormat format) {
        return codec.encode(tile, 0, 2, 2, 2, format, EncodeOptions.DEFAULT).toByteArray();
    }

    // BGGR 4x4 (B at even x, even y; R at odd x, odd y):
    //   200  10 100  40
    //    30  90  60 250
    //   120  70   0 140
    //    20 180  50  80
    private static final int[] SAMPLES_4X4 = {200, 10, 100, 40, 30, 90, 60, 250, 120, 70, 0, 140, 20, 180, 50, 80};

    @Test
    void bilinearAveragesTheNearestSamplesOfEachColour() {
        int[] argb = demosaic(4, 4, PixelFormat.BAYER_BGGR, BayerAlgorithm.BILINEAR, SAMPLES_4X4);
        // (1,1) red 90: G = (30 + 60 + 10 + 70 + 2) >> 2 = 43; B = (200 + 100 + 120 + 0 + 2) >> 2 = 105.
        assertThat(argb[5]).isEqualTo(rgb(90, 43, 105));
        // (2,1) green 60 in a red row: R = (90 + 250 + 1) >> 1 = 170; B = (100 + 0 + 1) >> 1 = 50.
        assertThat(argb[6]).isEqualTo(rgb(170, 60, 50));
        // (0,0) blue 200, a corner: G = mean of 10 and 30 = 20; R = the only diagonal, 90.
        assertThat(argb[0]).isEqualTo(rgb(90, 20, 200));
        // (1,0) green 10 in a blue row, top edge: B = (200 + 100 + 1) >> 1 = 150; R = only (1,1) = 90.
        assertThat(argb[1]).isEqualTo(rgb(90, 10, 150));
        // (3,3) red 80, bottom-right corner: G = mean of 140 and 50 = (190 + 1) >> 1 = 95; B = (2,2) = 0.
        assertThat(argb[15]).isEqualTo(rgb(80, 95, 0));
    }

    // BGGR 5x5 with s(x,y) = 10y + x except the centre (2,2) = 200.
    private static int[] samples5x5() {
        int[] s = new int[25];
        for (int i = 0; i < 25; i++) {
            s[i] = 10 * (i / 5) + i % 5;
        }
        s[12] = 200;
        return s;
    }

    @Test
    void edgeAwareAppliesTheMalvarHeCutlerKernels() {
        int[] argb = demosaic(5, 5, PixelFormat.BAYER_BGGR, BayerAlgorithm.EDGE_AWARE, samples5x5());
        // (2,2) blue 200. Cross 21+23+12+32 = 88; far row 20+24 = 44; far column 2+42 = 44; diagonals 11+13+31+33 = 88.
        // G = (4*200 - (44+44) + 2*88) / 8 = 888/8 = 111.  R = (6*200 + 2*88 - 1.5*88) / 8 = 1244/8 = 155.5 -> 156.
        assertThat(argb[12]).isEqualTo(rgb(156, 111, 200));
        // (2,1) green 12 in a red row. Row neighbours 11+13 = 24 (red), far row 10+14 = 24, diagonals
        // 1+3+21+23 = 48, column neighbours 2+200 = 202 (blue), far column (2,-1) mirrored to (2,1) = 12, + 32 = 44.
        // R = (5*12 + 4*24 - 24 - 48 + 0.5*44) / 8 = 106/8 = 13.25 -> 13.
        // B = (5*12 + 4*202 - 44 - 48 + 0.5*24) / 8 = 788/8 = 98.5 -> 99.
        assertThat(argb[7]).isEqualTo(rgb(13, 12, 99));
    }

    @Test
    void halfSizeMakesOnePixelPerTile() {
        // 5x3 BGGR -> 2x1; the last column and row are dropped.
        //  10 20 30 40 99
        //  50 60 70 80 99
        //  99 99 99 99 99
        int[] samples = {10, 20, 30, 40, 99, 50, 60, 70, 80, 99, 99, 99, 99, 99, 99};
        // Tile 0: B 10, R 60, G (20 + 50 + 1) >> 1 = 35.  Tile 1: B 30, R 80, G (40 + 70 + 1) >> 1 = 55.
        assertThat(demosaic(5, 3, PixelFormat.BAYER_BGGR, BayerAlgorithm.HALF_SIZE, samples))
                .containsExactly(rgb(60, 35, 10), rgb(80, 55, 30));
        // The same bytes as RGGB: R 10, B 60.  As GRBG (G R / B G): R 20, B 50, G (10 + 60 + 1) >> 1 = 35.
        assertThat(demosaic(5, 3, PixelFormat.BAYER_RGGB, BayerAlgorithm.HALF_SIZE, samples))
                .containsExactly(rgb(10, 35, 60), rgb(30, 55, 80));
        assertThat(demosaic(5, 3, PixelFormat.BAYER_GRBG, BayerAlgorithm.HALF_SIZE, samples))
                .containsExactly(rgb(20, 35, 50), rgb(40, 55, 70));
    }

    @Test
    void halfSizeNeedsAWholeTile() {
        Image image = Image.of(1, 4, PixelFormat.BAYER_BGGR, new byte[4]);
        assertThatThrownBy(() -> codec.decode(image, DecodeOptions.DEFAULT.withBayer(BayerAlgorithm.HALF_SIZE), new int[4], 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1x4");
        assertThatThrownBy(() -> codec.decode(image, DecodeOptions.DEFAULT.withBayer(BayerAlgorithm.HALF_SIZE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs at least 2x2 pixels, got 1x4");
    }

    @Test
    void onePixelWideOrHighFramesUseTheSamplesThatExist() {
        // 1x1 blue 77: no other colour anywhere -> grey 77.
        assertThat(demosaic(1, 1, PixelFormat.BAYER_BGGR, BayerAlgorithm.EDGE_AWARE, 77)).containsExactly(rgb(77, 77, 77));
        // 3x1 BGGR row B G B = 10 20 30: no red sample exists.
        // x=0: G = 20, R none -> own 10.  x=1: B = (10 + 30 + 1) / 2 = 20, R none -> 20.  x=2: G = 20, R -> 30.
        assertThat(demosaic(3, 1, PixelFormat.BAYER_BGGR, BayerAlgorithm.BILINEAR, 10, 20, 30))
                .containsExactly(rgb(10, 20, 10), rgb(20, 20, 20), rgb(30, 20, 30));
        // 1x3 GRBG column G B G = 10 40 30 (row 1 starts with B): x=0,y=1 B: G = (10 + 30 + 1) / 2 = 20.
        assertThat(demosaic(1, 3, PixelFormat.BAYER_GRBG, BayerAlgorithm.EDGE_AWARE, 10, 40, 30))
                .containsExactly(rgb(10, 10, 40), rgb(40, 20, 40), rgb(30, 30, 40));
    }

    @ParameterizedTest
    @EnumSource(names = {"BAYER_BGGR", "BAYER_GBRG", "BAYER_GRBG", "BAYER_RGGB"})
    void aUniformColourComesBackExactlyAtEverySizeAndBorder(PixelFormat format) {
        int colour = rgb(200, 120, 40);
        int[][] sizes = {{2, 2}, {2, 3}, {3, 5}, {5, 3}, {4, 4}, {7, 6}, {9, 9}};
        for (int[] size : sizes) {
            int[] pixels = new int[size[0] * size[1]];
            Arrays.fill(pixels, colour);
            Image mosaic = codec.encode(pixels, 0, size[0], size[0], size[1], format, EncodeOptions.DEFAULT);
            // Not CAMERA: it packs into RGB565 and, like the firmware, gives the last column of an
            // even width itself as its right neighbour (CameraDemosaicTest).
            for (BayerAlgorithm algorithm : new BayerAlgorithm[] {BayerAlgorithm.BILINEAR, BayerAlgorithm.EDGE_AWARE,
                    BayerAlgorithm.HALF_SIZE}) {
                DecodeOptions options = DecodeOptions.DEFAULT.withBayer(algorithm);
                int[] out = new int[options.decodedWidth(mosaic) * options.decodedHeight(mosaic)];
                codec.decode(mosaic, options, out, 0, options.decodedWidth(mosaic));
                assertThat(out).as("%s %dx%d %s", format, size[0], size[1], algorithm).containsOnly(colour);
            }
        }
    }

    @Test
    void bufferedImageDecodeIsRgbOfTheDecodedSize() throws IOException {
        Image mosaic = Image.of(6, 4, PixelFormat.BAYER_BGGR, new byte[24]);
        BufferedImage full = codec.decode(mosaic, DecodeOptions.DEFAULT);
        BufferedImage half = codec.decode(mosaic, DecodeOptions.DEFAULT.withBayer(BayerAlgorithm.HALF_SIZE));
        assertThat(full.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(new int[] {full.getWidth(), full.getHeight(), half.getWidth(), half.getHeight()}).containsExactly(6, 4, 3, 2);
    }
}
