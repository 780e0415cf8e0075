package dev.omvio.codecs.bayer;

import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast bilinear kernels give every pixel the former scalar code ({@link ReferenceBilinear})
 * gives, for every layout, odd and small sizes, an offset source and a padded destination. This
 * module's tests run with {@code jdk.incubator.vector} added, so the Vector API kernel is checked
 * as well as the portable one.
 */
class BilinearMatchesReferenceTest {
    private static final BilinearDemosaic.Wide VECTOR = BilinearKernels.vectorIfAvailable().orElseThrow();
    private final BayerCodec codec = new BayerCodec();

    @Test
    void theCodecUsesTheVectorKernelWhenTheModuleIsThere() {
        assertThat(BilinearKernels.FASTEST).isInstanceOf(VectorBilinear.class);
    }

    @Property(tries = 300)
    void bothKernelsGiveTheReferencePixels(@ForAll @IntRange(min = 2, max = 80) int width,
                                           @ForAll @IntRange(min = 2, max = 7) int height,
                                           @ForAll @IntRange(min = 0, max = 5) int base,
                                           @ForAll long seed) {
        byte[] samples = new byte[base + width * height];
        new Random(seed).nextBytes(samples);
        int scanline = width + 3;
        for (PixelFormat format : codec.decodes()) {
            CfaLayout layout = CfaLayout.of(format);
            int[] expected = new int[5 + scanline * height];
            ReferenceBilinear.rows(samples, base, width, height, layout, expected, 5, scanline, 0, height);
            for (BilinearDemosaic.Wide kernel : new BilinearDemosaic.Wide[] {BilinearDemosaic.Wide.NONE, VECTOR}) {
                int[] actual = new int[expected.length];
                BilinearDemosaic.rows(samples, base, width, height, layout, actual, 5, scanline, 0, height, kernel);
                assertThat(actual).as("%s %dx%d %s", format, width, height, kernel).containsExactly(expected);
            }
        }
    }

    @Property(tries = 30)
    void theCodecInBandsGivesTheReferencePixels(@ForAll @IntRange(min = 1, max = 40) int width,
                                                @ForAll @IntRange(min = 1, max = 40) int height,
                                                @ForAll @IntRange(min = 0, max = 3) int parallelism,
                                                @ForAll long seed) {
        byte[] samples = new byte[width * height];
        new Random(seed).nextBytes(samples);
        for (PixelFormat format : codec.decodes()) {
            int[] expected = new int[width * height];
            if (width < 2 || height < 2) {
                SmallDemosaic.rows(samples, 0, width, height, CfaLayout.of(format), expected, 0, width, 0, height);
            } else {
                ReferenceBilinear.rows(samples, 0, width, height, CfaLayout.of(format), expected, 0, width, 0, height);
            }
            int[] actual = new int[width * height];
            codec.decode(Image.of(width, height, format, Arrays.copyOf(samples, samples.length)),
                    DecodeOptions.DEFAULT.withBayer(BayerAlgorithm.BILINEAR).withParallelism(parallelism), actual, 0, width);
            assertThat(actual).as("%s %dx%d", format, width, height).containsExactly(expected);
        }
    }
}
