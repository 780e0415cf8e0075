package dev.omvio.codecs.jpeg;

import dev.omvio.codec.ChromaSubsampling;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.codecs.TestImages;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * libjpeg-turbo's decode into a new {@code BufferedImage} gives, pixel for pixel, what its decode
 * into an ARGB array gives (a separate native pixel format, BGRA, and copy): colour JPEGs of every
 * subsampling and greyscale ones, at sizes that are not whole MCUs.
 */
class TurboJpegImageTest {
    private static final TurboJpegCodec CODEC = new TurboJpegCodec();

    @BeforeAll
    static void needsLibjpegTurbo() {
        assumeTrue(TurboJpeg.isLoaded(), TurboJpeg::report);
    }

    static Stream<Arguments> oddSizes() {
        int[][] sizes = {{1, 1}, {7, 3}, {17, 9}, {33, 31}, {65, 47}};
        return Stream.of(ChromaSubsampling.values())
                .flatMap(subsampling -> Stream.of(sizes).map(size -> Arguments.of(subsampling, size[0], size[1])));
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("oddSizes")
    void everyPixelEqualsTheArrayDecode(ChromaSubsampling subsampling, int width, int height) throws IOException {
        int[] noise = new int[width * height];
        Random random = new Random(width * 1000L + height);
        for (int i = 0; i < noise.length; i++) { // smooth ramps plus noise: every channel varies
            int x = i % width;
            int y = i / width;
            noise[i] = 0xFF000000 | (x * 7 + random.nextInt(40)) % 256 << 16 | (y * 5 + random.nextInt(40)) % 256 << 8
                    | random.nextInt(256);
        }
        Image jpeg = CODEC.encode(noise, 0, width, width, height, PixelFormat.JPEG,
                EncodeOptions.DEFAULT.withSubsampling(subsampling).withJpegQuality(85));

        assertSameAsArrayDecode(jpeg, subsampling == ChromaSubsampling.GRAY);
    }

    /** The camera's own JPEG (320x270: 270 rows are not whole 16-row MCUs of 4:2:0). */
    @Test
    void theCameraJpegDecodesAsTheArrayDecodeDoes() throws IOException {
        assertSameAsArrayDecode(Image.of(320, 270, PixelFormat.JPEG, TestImages.bytes("compressed.jpeg")), false);
    }

    private static void assertSameAsArrayDecode(Image jpeg, boolean grey) throws IOException {
        int width = jpeg.width();
        int height = jpeg.height();
        int[] argb = new int[width * height];
        CODEC.decode(jpeg, DecodeOptions.DEFAULT, argb, 0, width);

        BufferedImage image = CODEC.decode(jpeg, DecodeOptions.DEFAULT);

        assertThat(image.getType()).isEqualTo(grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        ComponentSampleModel model = (ComponentSampleModel) image.getSampleModel();
        int channels = grey ? 1 : 3;
        assertThat(model.getScanlineStride()).as("rows packed").isEqualTo(width * channels);
        byte[] samples = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        assertThat(samples).hasSize(width * height * channels);
        for (int i = 0; i < argb.length; i++) {
            int expected = argb[i] & 0xFFFFFF;
            int actual = grey
                    ? (samples[i] & 0xFF) * 0x010101
                    : (samples[3 * i + 2] & 0xFF) << 16 | (samples[3 * i + 1] & 0xFF) << 8 | samples[3 * i] & 0xFF;
            if (actual != expected) {
                throw new AssertionError(String.format("pixel (%d, %d): image %06X, array %06X",
                        i % width, i / width, actual, expected));
            }
        }
        if (!grey) { // (Java2D's getRGB of a grey image applies a gamma curve)
            assertThat(image.getRGB(0, 0, width, height, null, 0, width)).as("getRGB").containsExactly(argb);
        }
    }
}
