package dev.omvio.codecs;

import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.codecs.raw.RawCodec;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The codecs as applications find them: through service loading and PixelCodecs. */
class PixelCodecsTest {

    @Test
    void convertDecodesAndEncodesWithTheTargetsCodecByDefault() throws IOException {
        // RGB565 0xF81F (bytes 1F F8) and 0x07E0 (E0 07) into GRAYSCALE, as the firmware's
        // COLOR_RGB565_TO_Y: expand (255, 0, 255) and (0, 255, 0), then (38r + 75g + 15b) >> 7:
        // (9690 + 3825) >> 7 = 13515 >> 7 = 105 and 19125 >> 7 = 149.
        Image rgb565 = Image.of(2, 1, PixelFormat.RGB565, new byte[] {0x1F, (byte) 0xF8, (byte) 0xE0, 0x07});
        Image grey = PixelCodecs.convert(rgb565, PixelFormat.GRAYSCALE, DecodeOptions.DEFAULT);
        assertThat(grey.format()).isEqualTo(PixelFormat.GRAYSCALE);
        assertThat(grey.toByteArray()).containsExactly(105, 149);
    }

    @ParameterizedTest
    @EnumSource(PixelFormat.class)
    void everyFormatEncodesAndDecodesThroughTheEntryPoint(PixelFormat format) throws IOException {
        // 5x3 white pixels come back exactly from every format: white is representable everywhere
        // (RGB565 0xFFFF, luma 255 -> BINARY 1), and a uniform JPEG block has only a DC coefficient.
        int[] argb = new int[15];
        Arrays.fill(argb, 0xFFFFFFFF);
        BufferedImage source = new BufferedImage(5, 3, BufferedImage.TYPE_INT_ARGB);
        source.setRGB(0, 0, 5, 3, argb, 0, 5);
        Image frame = PixelCodecs.encode(source, format, EncodeOptions.DEFAULT.withJpegQuality(100));
        assertThat(frame.format()).isEqualTo(format);
        assertThat(new int[] {frame.width(), frame.height()}).containsExactly(5, 3);
        BufferedImage decoded = PixelCodecs.toBufferedImage(frame, DecodeOptions.DEFAULT.withBayer(BayerAlgorithm.BILINEAR));
        int[] back = new int[15];
        PixelCodecs.decode(frame, DecodeOptions.DEFAULT, back, 0, 5);
        assertThat(back).as("%s", format).containsOnly(0xFFFFFFFF);
        assertThat(new int[] {decoded.getWidth(), decoded.getHeight()}).containsExactly(5, 3);
    }

    @Test
    void aRegisteredCodecWithAHigherPriorityTakesOverAFormat() {
        PixelCodec builtIn = PixelCodecs.decoder(PixelFormat.RGB565);
        PixelCodec takeover = new Reprioritised(new RawCodec(), PixelCodec.PRIORITY_NATIVE + 1);
        PixelCodecs.register(takeover);
        try {
            assertThat(PixelCodecs.decoder(PixelFormat.RGB565)).isSameAs(takeover);
            assertThat(PixelCodecs.encoder(PixelFormat.GRAYSCALE)).isSameAs(takeover);
            assertThat(PixelCodecs.all()).first().isSameAs(takeover);
        } finally {
            PixelCodecs.unregister(takeover);
        }
        assertThat(PixelCodecs.decoder(PixelFormat.RGB565).getClass()).isEqualTo(builtIn.getClass());
    }

    @Test
    void serviceLoadingFindsEveryCodecOfThisModuleOnce() {
        assertThat(PixelCodecs.all()).extracting(PixelCodec::name).containsExactlyInAnyOrder(
                "omvio raw pixels", "omvio Bayer demosaic", "libjpeg-turbo", "JDK ImageIO JPEG", "JDK ImageIO PNG");
        Set<PixelFormat> decodable = PixelCodecs.all().stream().flatMap(codec -> codec.decodes().stream())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(decodable).containsExactlyInAnyOrder(PixelFormat.values());
    }

    /** Another codec's work under a chosen priority, as a third-party jar taking over formats would be. */
    private record Reprioritised(PixelCodec codec, int priority) implements PixelCodec {
        @Override
        public String name() {
            return "reprioritised " + codec.name();
        }

        @Override
        public Set<PixelFormat> decodes() {
            return codec.decodes();
        }

        @Override
        public Set<PixelFormat> encodes() {
            return codec.encodes();
        }

        @Override
        public void decode(Image source, DecodeOptions options, int[] argb, int offset, int scanline) throws IOException {
            codec.decode(source, options, argb, offset, scanline);
        }

        @Override
        public BufferedImage decode(Image source, DecodeOptions options) throws IOException {
            return codec.decode(source, options);
        }

        @Override
        public Image encode(int[] argb, int offset, int scanline, int width, int height, PixelFormat format, EncodeOptions options) {
            return codec.encode(argb, offset, scanline, width, height, format, options);
        }

        @Override
        public Image encode(BufferedImage image, PixelFormat format, EncodeOptions options) {
            return codec.encode(image, format, options);
        }
    }
}
