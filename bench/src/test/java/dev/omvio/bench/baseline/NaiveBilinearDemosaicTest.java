package dev.omvio.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.awt.image.BufferedImage;
import java.io.IOException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NaiveBilinearDemosaicTest {
    // BGGR: row 0 = B G B G, row 1 = G R G R, ...
    private static final byte[] MOSAIC = {
        10, (byte) 200, 30, 40,
        50, 60, 7, 80,
        90, 100, 110, 120,
        (byte) 130, (byte) 140, (byte) 150, (byte) 160,
    };

    private static int[] demosaic(byte[] mosaic, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        new NaiveBilinearDemosaic(mosaic, width, height).demosaicInto(target);
        return target.getRGB(0, 0, width, height, null, 0, width);
    }

    private static int rgb(int r, int g, int b) {
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    @Test
    void redSiteTakesGreenFromItsFourSidesAndBlueFromItsCorners() {
        int[] rgb = demosaic(MOSAIC, 4, 4);

        // (1,1): red 60; green (200+50+7+100+2)/4 = 89; blue (10+30+90+110+2)/4 = 60
        assertThat(rgb[4 + 1]).isEqualTo(rgb(60, 89, 60));
    }

    @Test
    void greenSiteTakesTheTwoNearestOfEachOtherColour() {
        int[] rgb = demosaic(MOSAIC, 4, 4);

        // (2,1) on a red row: red from its row (60+80+1)/2 = 70, blue from its column (30+110+1)/2 = 70
        assertThat(rgb[4 + 2]).isEqualTo(rgb(70, 7, 70));
        // (1,0) on a blue row, top edge: blue (10+30+1)/2 = 20, red only below it: 60
        assertThat(rgb[1]).isEqualTo(rgb(60, 200, 20));
    }

    @Test
    void cornerAveragesOnlySamplesInsideTheFrame() {
        int[] rgb = demosaic(MOSAIC, 4, 4);

        // (0,0) blue 10; green (200+50+1)/2 = 125; red only (1,1) = 60
        assertThat(rgb[0]).isEqualTo(rgb(60, 125, 10));
    }

    @Property(tries = 30)
    void interiorEqualsOmviosBilinear(@ForAll @IntRange(min = 3, max = 12) int halfWidth,
            @ForAll @IntRange(min = 3, max = 12) int halfHeight,
            @ForAll long seed) throws IOException {
        int width = 2 * halfWidth;
        int height = 2 * halfHeight;
        byte[] mosaic = new byte[width * height];
        new java.util.Random(seed).nextBytes(mosaic);
        int[] omvio = new int[width * height];
        PixelCodecs.decode(Image.of(width, height, PixelFormat.BAYER_BGGR, mosaic),
                DecodeOptions.DEFAULT.withBayer(BayerAlgorithm.BILINEAR).withParallelism(1), omvio, 0, width);

        int[] naive = demosaic(mosaic, width, height);

        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                assertThat(naive[y * width + x]).as("(%d, %d)", x, y).isEqualTo(omvio[y * width + x]);
            }
        }
    }
}
