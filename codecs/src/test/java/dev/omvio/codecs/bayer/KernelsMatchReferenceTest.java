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
 * The bilinear demosaic, with the portable code alone and with the Vector API kernel, and the
 * edge-aware demosaic give every pixel the former scalar code ({@link ReferenceBilinear},
 * {@link ReferenceEdgeAware}) gives: every layout, odd and small sizes, an offset source, a padded
 * destination. This module's tests run with {@code jdk.incubator.vector} added, so both bilinear kernels are checked.
 */
class KernelsMatchReferenceTest {
    private final BayerCodec codec = new BayerCodec();

    @Test
    void theVectorKernelIsInUseWhenTheModuleIsThere() {
        assertThat(Kernels.BILINEAR).isInstanceOf(VectorBilinear.class);
    }

    @Property(tries = 200)
    void portableAndVectorGiveTheReferencePixels(@ForAll @IntRange(min = 2, max = 80) int width,
                                                 @ForAll @IntRange(min = 2, max = 7) int height,
                                                 @ForAll @IntRange(min = 0, max = 5) int base,
                                                 @ForAll long seed) {
        byte[] samples = new byte[base + width * height];
        new Random(seed).nextBytes(samples);
        int scanline = width + 3;
        for (PixelFormat format : codec.decodes()) {
            CfaLayout layout = CfaLayout.of(format);
            int[] bilinear = new int[5 + scanline * height];
            ReferenceBilinear.rows(samples, base, width, height, layout, bilinear, 5, scanline, 0, height);
            int[] edgeAware = new int[bilinear.length];
            ReferenceEdgeAware.rows(samples, base, width, height, layout, edgeAware, 5, scanline, 0, height);
            for (boolean vector : new boolean[] {false, true}) {
                int[] actual = new int[bilinear.length];
                BilinearDemosaic.rows(samples, base, width, height, layout, actual, 5, scanline, 0, height,
                        vector ? Kernels.BILINEAR : BilinearDemosaic.Wide.NONE);
                assertThat(actual).as("bilinear %s %dx%d vector %s", format, width, height, vector).containsExactly(bilinear);
            }
            int[] actual = new int[edgeAware.length];
            EdgeAwareDemosaic.rows(samples, base, width, height, layout, actual, 5, scanline, 0, height);
            assertThat(actual).as("edge-aware %s %dx%d", format, width, height).containsExactly(edgeAware);
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
            CfaLayout layout = CfaLayout.of(format);
            int[] bilinear = new int[width * height];
            int[] edgeAware = new int[width * height];
            if (width < 2 || height < 2) {
                SmallDemosaic.rows(samples, 0, width, height, layout, bilinear, 0, width, 0, height);
                SmallDemosaic.rows(samples, 0, width, height, layout, edgeAware, 0, width, 0, height);
            } else {
                ReferenceBilinear.rows(samples, 0, width, height, layout, bilinear, 0, width, 0, height);
                ReferenceEdgeAware.rows(samples, 0, width, height, layout, edgeAware, 0, width, 0, height);
            }
            Image mosaic = Image.of(width, height, format, Arrays.copyOf(samples, samples.length));
            DecodeOptions options = DecodeOptions.DEFAULT.withParallelism(parallelism);
            int[] actual = new int[width * height];
            codec.decode(mosaic, options.withBayer(BayerAlgorithm.BILINEAR), actual, 0, width);
            assertThat(actual).as("bilinear %s %dx%d", format, width, height).containsExactly(bilinear);
            codec.decode(mosaic, options.withBayer(BayerAlgorithm.EDGE_AWARE), actual, 0, width);
            assertThat(actual).as("edge-aware %s %dx%d", format, width, height).containsExactly(edgeAware);
        }
    }
}
