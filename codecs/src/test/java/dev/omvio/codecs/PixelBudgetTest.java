package dev.omvio.codecs;

import dev.omvio.codec.CorruptImageException;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.codecs.jpeg.JdkJpegCodec;
import dev.omvio.codecs.jpeg.TurboJpegCodec;
import dev.omvio.codecs.png.PngCodec;
import dev.omvio.codecs.raw.RawCodec;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pixel budget: every decoder checks the dimensions a picture declares (JPEG SOF, PNG
 * IHDR, a raw frame's header) against {@link DecodeOptions#pixelBudget()} before allocating
 * its pixels. The bombs pass the bytes-per-pixel guard: only the budget stops them.
 */
class PixelBudgetTest {
    /** The built-in budget, 2^26, when the build sets no omvio.decode.maxPixels. */
    private static final String OVER_DEFAULT_BUDGET = " declares 16384x16384 pixels, over the pixel budget of 67108864"
            + " (maxPixels; omvio.decode.maxPixels)";

    static Stream<PixelCodec> jpegCodecs() {
        return Stream.<PixelCodec>of(new TurboJpegCodec(), new JdkJpegCodec()).filter(PixelCodec::isAvailable);
    }

    @Test
    void theDefaultBudgetIs64Megapixels() {
        assertThat(DecodeOptions.DEFAULT_MAX_PIXELS).isEqualTo(8192L * 8192);
        assertThat(DecodeOptions.DEFAULT.maxPixels()).isEqualTo(DecodeOptions.DEFAULT_MAX_PIXELS);
    }

    @Test
    void aSmallPictureBuiltLikeTheBombsIsARealJpeg() throws IOException {
        // 64 MCUs of three 2-bit blocks (DC code 0, EOB code 0) = 48 bytes of entropy-coded
        // zeros after the 148 header bytes, then EOI: DC 0 is level 128 after the level shift,
        // and Y = Cb = Cr = 128 is grey 128.
        Image frame = Image.of(64, 64, PixelFormat.JPEG, Bombs.jpeg(64, 64, 148 + 48 + 2));
        for (PixelCodec codec : jpegCodecs().toList()) {
            BufferedImage image = codec.decode(frame, DecodeOptions.DEFAULT);
            assertThat(image.getRaster().getSample(63, 63, 0)).as(codec.name()).isEqualTo(128);
        }
    }

    @ParameterizedTest
    @MethodSource("jpegCodecs")
    void aMegabyteJpegDeclaring16384x16384IsRefusedBeforeAllocating(PixelCodec codec) {
        byte[] bomb = Bombs.jpeg(16384, 16384, Bombs.JPEG_SIZE);
        Image frame = Image.of(16384, 16384, PixelFormat.JPEG, bomb);

        assertThatThrownBy(() -> codec.decode(frame, DecodeOptions.DEFAULT))
                .isInstanceOf(CorruptImageException.class).hasMessage("JPEG header" + OVER_DEFAULT_BUDGET);
    }

    @Test
    void aPngDeclaring16384x16384IsRefusedBeforeAllocating() {
        Image frame = Image.of(16384, 16384, PixelFormat.PNG, Bombs.png(16384, 16384, Bombs.PNG_SIZE));

        assertThatThrownBy(() -> new PngCodec().decode(frame, DecodeOptions.DEFAULT))
                .isInstanceOf(CorruptImageException.class).hasMessage("PNG header" + OVER_DEFAULT_BUDGET);
    }

    @Test
    void theCodecsFoundAtRunTimeRefuseTheBombs() {
        Image jpeg = Image.of(16384, 16384, PixelFormat.JPEG, Bombs.jpeg(16384, 16384, Bombs.JPEG_SIZE));
        Image png = Image.of(16384, 16384, PixelFormat.PNG, Bombs.png(16384, 16384, Bombs.PNG_SIZE));

        assertThatThrownBy(() -> PixelCodecs.toBufferedImage(jpeg))
                .isInstanceOf(CorruptImageException.class).hasMessage("JPEG header" + OVER_DEFAULT_BUDGET);
        assertThatThrownBy(() -> PixelCodecs.toBufferedImage(png))
                .isInstanceOf(CorruptImageException.class).hasMessage("PNG header" + OVER_DEFAULT_BUDGET);
    }

    @ParameterizedTest
    @MethodSource("jpegCodecs")
    void theBudgetIsTheCallersToSet(PixelCodec codec) throws IOException {
        // 64 x 64 = 4096 pixels
        Image frame = Image.of(64, 64, PixelFormat.JPEG, Bombs.jpeg(64, 64, 148 + 48 + 2));

        assertThatThrownBy(() -> codec.decode(frame, DecodeOptions.DEFAULT.withMaxPixels(4095)))
                .isInstanceOf(CorruptImageException.class)
                .hasMessage("JPEG header declares 64x64 pixels, over the pixel budget of 4095 (maxPixels; omvio.decode.maxPixels)");
        assertThat(codec.decode(frame, DecodeOptions.DEFAULT.withMaxPixels(4096)).getWidth()).isEqualTo(64);
    }

    @Test
    void noBudgetGoesBeyondWhatTheHeapCanDecode() {
        // 65000 x 65000 ARGB pixels take 16.9 GB: more than half of any heap a test runs in.
        long heapPixels = Runtime.getRuntime().maxMemory() / 8;
        DecodeOptions unbounded = DecodeOptions.DEFAULT.withMaxPixels(Long.MAX_VALUE);

        assertThat(unbounded.pixelBudget()).isEqualTo(heapPixels);
        assertThatThrownBy(() -> unbounded.checkPixels("JPEG header", 65000, 65000))
                .isInstanceOf(CorruptImageException.class)
                .hasMessage("JPEG header declares 65000x65000 pixels, over the " + heapPixels + " pixels a heap of "
                        + (Runtime.getRuntime().maxMemory() >> 20) + " MiB can decode");
    }

    @Test
    void rawFramesAreHeldToTheBudgetToo() {
        Image frame = Image.of(300, 300, PixelFormat.RGB565, new byte[300 * 300 * 2]);

        assertThatThrownBy(() -> new RawCodec().decode(frame, DecodeOptions.DEFAULT.withMaxPixels(89_999)))
                .isInstanceOf(CorruptImageException.class)
                .hasMessage("RGB565 frame declares 300x300 pixels, over the pixel budget of 89999 (maxPixels; omvio.decode.maxPixels)");
    }

    @Test
    void dimensionsWhoseProductOverflowsAreOverAnyBudget() {
        assertThatThrownBy(() -> DecodeOptions.DEFAULT.withMaxPixels(Long.MAX_VALUE).checkPixels("header", 1L << 32, 1L << 32))
                .isInstanceOf(CorruptImageException.class).hasMessageStartingWith("header declares 4294967296x4294967296 pixels, over the ");
        assertThatThrownBy(() -> DecodeOptions.DEFAULT.checkPixels("header", 0, 10))
                .isInstanceOf(CorruptImageException.class).hasMessage("header declares 0x10 pixels: no picture");
    }
}
