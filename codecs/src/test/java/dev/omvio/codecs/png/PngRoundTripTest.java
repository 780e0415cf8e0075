package dev.omvio.codecs.png;

import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PngRoundTripTest {
    private final PngCodec codec = new PngCodec();

    @Property(tries = 50)
    void pixelsSurviveExactlyWithOrWithoutAlpha(@ForAll @IntRange(min = 1, max = 20) int width,
                                                 @ForAll @IntRange(min = 1, max = 20) int height,
                                                 @ForAll boolean opaque, @ForAll long seed) throws IOException {
        Random random = new Random(seed);
        int[] argb = new int[width * height];
        // Fully transparent pixels keep their colour too: PNG stores RGBA without premultiplying.
        Arrays.setAll(argb, i -> opaque ? 0xFF000000 | random.nextInt(0x1000000) : random.nextInt());
        Image png = codec.encode(argb, 0, width, width, height, PixelFormat.PNG, EncodeOptions.DEFAULT);
        int[] back = new int[argb.length];
        codec.decode(png, DecodeOptions.DEFAULT, back, 0, width);
        assertThat(back).containsExactly(argb);
    }
}
