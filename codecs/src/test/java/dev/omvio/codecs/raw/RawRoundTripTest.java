package dev.omvio.codecs.raw;

import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RawRoundTripTest {
    private final RawCodec codec = new RawCodec();

    private int[] decode(Image image) {
        int[] argb = new int[image.width() * image.height()];
        codec.decode(image, DecodeOptions.DEFAULT, argb, 0, image.width());
        return argb;
    }

    private Image encode(int[] argb, int width, int height, PixelFormat format) {
        return codec.encode(argb, 0, width, width, height, format, EncodeOptions.DEFAULT);
    }

    @Property
    void everyRgb565PixelSurvivesDecodeAndEncode(@ForAll @Size(min = 1, max = 64) List<@IntRange(max = 0xFFFF) Integer> pixels) {
        byte[] data = new byte[pixels.size() * 2];
        for (int i = 0; i < pixels.size(); i++) {
            data[2 * i] = (byte) (int) pixels.get(i);
            data[2 * i + 1] = (byte) (pixels.get(i) >>> 8);
        }
        Image image = Image.of(pixels.size(), 1, PixelFormat.RGB565, data);
        assertThat(encode(decode(image), pixels.size(), 1, PixelFormat.RGB565)).isEqualTo(image);
    }

    @Property
    void rgb565RepresentableColoursSurviveEncodeAndDecode(@ForAll @IntRange(max = 31) int r5,
                                                          @ForAll @IntRange(max = 63) int g6,
                                                          @ForAll @IntRange(max = 31) int b5) {
        int colour = 0xFF000000 | ((r5 << 3) | (r5 >> 2)) << 16 | ((g6 << 2) | (g6 >> 4)) << 8 | ((b5 << 3) | (b5 >> 2));
        assertThat(decode(encode(new int[] {colour}, 1, 1, PixelFormat.RGB565))).containsExactly(colour);
    }

    @Property
    void argb8IsLossless(@ForAll @Size(min = 1, max = 40) List<Integer> pixels) {
        int[] argb = pixels.stream().mapToInt(Integer::intValue).toArray();
        assertThat(decode(encode(argb, argb.length, 1, PixelFormat.ARGB8))).containsExactly(argb);
    }

    @Property
    void greyLevelsSurviveEveryLumaFormat(@ForAll @IntRange(min = 1, max = 9) int width, @ForAll @IntRange(min = 1, max = 4) int height,
                                          @ForAll long seed) {
        int[] greys = new Random(seed).ints(width * height, 0, 256).map(v -> 0xFF000000 | v * 0x010101).toArray();
        // (38 + 75 + 15) = 128, so a grey's luma is itself; its colour differences are 0.
        for (PixelFormat format : new PixelFormat[] {PixelFormat.GRAYSCALE, PixelFormat.YUV422, PixelFormat.YVU422}) {
            assertThat(decode(encode(greys, width, height, format))).as("%s", format).containsExactly(greys);
        }
    }

    @Property
    void binaryBitsSurviveDecodeAndEncode(@ForAll @IntRange(min = 1, max = 70) int width, @ForAll @IntRange(min = 1, max = 3) int height,
                                          @ForAll long seed) {
        byte[] data = new byte[(int) PixelFormat.BINARY.dataSize(width, height)];
        Random random = new Random(seed);
        int rowBytes = (width + 31) / 32 * 4;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (random.nextBoolean()) {
                    data[y * rowBytes + x / 8] |= (byte) (1 << (x % 8));
                }
            }
        }
        Image image = Image.of(width, height, PixelFormat.BINARY, data);
        assertThat(encode(decode(image), width, height, PixelFormat.BINARY)).isEqualTo(image);
    }
}
