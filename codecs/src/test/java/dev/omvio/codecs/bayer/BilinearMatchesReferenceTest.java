package dev.omvio.codecs.bayer;

import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast bilinear paths give every pixel the scalar reference gives, for every layout and size. */
class BilinearMatchesReferenceTest {
    private final BayerCodec codec = new BayerCodec();

    @Property(tries = 300)
    void everyPixelEqualsTheScalarReference(@ForAll @IntRange(min = 2, max = 70) int width,
                                            @ForAll @IntRange(min = 2, max = 9) int height,
                                            @ForAll @IntRange(min = 0, max = 3) int parallelism,
                                            @ForAll long seed) {
        byte[] samples = new byte[width * height + 3];
        new Random(seed).nextBytes(samples);
        for (PixelFormat format : codec.decodes()) {
            Image mosaic = Image.of(width, height, format, java.util.Arrays.copyOf(samples, width * height));
            int scanline = width + 3;
            int[] expected = new int[scanline * height + 5];
            int[] actual = new int[scanline * height + 5];
            ReferenceBilinear.rows(samples, 0, width, height, CfaLayout.of(format), expected, 5, scanline, 0, height);
            codec.decode(mosaic, DecodeOptions.DEFAULT.withBayer(BayerAlgorithm.BILINEAR).withParallelism(parallelism),
                    actual, 5, scanline);
            assertThat(actual).as("%s %dx%d", format, width, height).containsExactly(expected);
        }
    }
}
