package dev.omvio.codecs.bayer;

import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.codecs.TestImages;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demosaic quality on the OpenMV camera images: each is mosaicked in every pattern and
 * demosaicked again, and the PSNR against the original RGB (all pixels, borders included) must
 * stay at the floor, set 0.1-0.2 dB under the lowest figure measured over the four patterns
 * (docs/CODECS.md lists the figures).
 */
class DemosaicQualityTest {
    private final BayerCodec codec = new BayerCodec();

    @ParameterizedTest(name = "{0}: bilinear >= {1} dB, edge-aware >= {2} dB")
    @CsvSource({
            "csi.ppm,    34.6, 33.6",
            "blobs.ppm,  32.3, 34.8",
            "shapes.ppm, 26.1, 32.9",
            "person.bmp, 37.3, 40.4"
    })
    void psnrStaysAtTheFloor(String name, double bilinearFloor, double edgeAwareFloor) {
        TestImages.Pixels truth = TestImages.rgb(name);
        for (PixelFormat format : codec.encodes()) {
            Image mosaic = codec.encode(truth.argb(), 0, truth.width(), truth.width(), truth.height(), format, EncodeOptions.DEFAULT);
            assertThat(psnr(truth, mosaic, BayerAlgorithm.BILINEAR)).as("%s %s bilinear", name, format).isGreaterThanOrEqualTo(bilinearFloor);
            assertThat(psnr(truth, mosaic, BayerAlgorithm.EDGE_AWARE)).as("%s %s edge-aware", name, format).isGreaterThanOrEqualTo(edgeAwareFloor);
        }
    }

    private double psnr(TestImages.Pixels truth, Image mosaic, BayerAlgorithm algorithm) {
        int[] argb = new int[truth.argb().length];
        codec.decode(mosaic, DecodeOptions.DEFAULT.withBayer(algorithm), argb, 0, truth.width());
        return TestImages.psnr(truth.argb(), argb);
    }
}
