package dev.omvio.codecs.bayer;

import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DemosaicPropertiesTest {
    private final BayerCodec codec = new BayerCodec();

    @Property
    void demosaicKeepsEverySampleSoMosaicGivesItBack(@ForAll @IntRange(min = 1, max = 12) int width,
                                                     @ForAll @IntRange(min = 1, max = 12) int height,
                                                     @ForAll long seed) {
        byte[] samples = new byte[width * height];
        new Random(seed).nextBytes(samples);
        for (PixelFormat format : codec.decodes()) {
            Image mosaic = Image.of(width, height, format, samples);
            for (BayerAlgorithm algorithm : new BayerAlgorithm[] {BayerAlgorithm.BILINEAR, BayerAlgorithm.EDGE_AWARE}) {
                int[] argb = new int[width * height];
                codec.decode(mosaic, DecodeOptions.DEFAULT.withBayer(algorithm), argb, 0, width);
                assertThat(codec.encode(argb, 0, width, width, height, format, EncodeOptions.DEFAULT))
                        .as("%s %s", format, algorithm).isEqualTo(mosaic);
            }
        }
    }

    @Property(tries = 20)
    void rowBandsGiveTheSamePixelsAsOneThread(@ForAll @IntRange(min = 2, max = 40) int width,
                                               @ForAll @IntRange(min = 2, max = 40) int height,
                                               @ForAll @IntRange(min = 2, max = 9) int bands,
                                               @ForAll long seed) {
        byte[] samples = new byte[width * height];
        new Random(seed).nextBytes(samples);
        Image mosaic = Image.of(width, height, PixelFormat.BAYER_GBRG, samples);
        for (BayerAlgorithm algorithm : BayerAlgorithm.values()) {
            DecodeOptions serial = DecodeOptions.DEFAULT.withBayer(algorithm).withParallelism(1);
            int size = serial.decodedWidth(mosaic) * serial.decodedHeight(mosaic);
            int[] one = new int[size];
            int[] many = new int[size];
            codec.decode(mosaic, serial, one, 0, serial.decodedWidth(mosaic));
            codec.decode(mosaic, serial.withParallelism(bands), many, 0, serial.decodedWidth(mosaic));
            assertThat(many).as("%s", algorithm).containsExactly(one);
        }
    }
}
