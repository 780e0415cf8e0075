package dev.omvio.codecs.bayer;

import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CameraDemosaicPropertiesTest {
    private static final DecodeOptions CAMERA = DecodeOptions.DEFAULT.withBayer(BayerAlgorithm.CAMERA).withParallelism(1);

    private final BayerCodec codec = new BayerCodec();

    /**
     * Every size from 1x1, odd and even, decodes without an exception, twice to the same pixels,
     * and reads only the frame's own bytes: the frame sits between guard bytes of the same
     * backing array, and guards of 0x00 and of 0xFF give the pixels of the frame alone.
     */
    @Property
    void decodesEverySizeDeterministicallyFromTheFramesBytesOnly(@ForAll @IntRange(min = 1, max = 21) int width,
                                                               @ForAll @IntRange(min = 1, max = 13) int height,
                                                               @ForAll @IntRange(max = 3) int layout,
                                                               @ForAll long seed) throws IOException {
        PixelFormat format = new PixelFormat[] {PixelFormat.BAYER_BGGR, PixelFormat.BAYER_GBRG,
                PixelFormat.BAYER_GRBG, PixelFormat.BAYER_RGGB}[layout];
        byte[] samples = new byte[width * height];
        new Random(seed).nextBytes(samples);
        Image alone = Image.of(width, height, format, samples);
        int[] expected = decode(alone);
        byte[] expectedGrey = codec.convert(alone, PixelFormat.GRAYSCALE, CAMERA).toByteArray();

        assertThat(decode(alone)).containsExactly(expected);
        for (byte guard : new byte[] {0, -1}) {
            Image guarded = between(guard, samples, width, height, format);
            assertThat(decode(guarded)).as("guard %d", guard).containsExactly(expected);
            assertThat(codec.convert(guarded, PixelFormat.GRAYSCALE, CAMERA).toByteArray())
                    .as("grey, guard %d", guard).containsExactly(expectedGrey);
        }
    }

    private int[] decode(Image mosaic) {
        int[] argb = new int[mosaic.width() * mosaic.height()];
        codec.decode(mosaic, CAMERA, argb, 0, mosaic.width());
        return argb;
    }

    /** The frame inside an array with a whole frame's worth of {@code guard} bytes before and after it. */
    private static Image between(byte guard, byte[] samples, int width, int height, PixelFormat format) {
        byte[] backing = new byte[samples.length * 3];
        Arrays.fill(backing, guard);
        System.arraycopy(samples, 0, backing, samples.length, samples.length);
        ByteBuffer slice = ByteBuffer.wrap(backing, samples.length, samples.length).slice();
        return Image.wrap(width, height, format, slice);
    }
}
