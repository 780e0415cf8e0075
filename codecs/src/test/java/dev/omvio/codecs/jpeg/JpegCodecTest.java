package dev.omvio.codecs.jpeg;

import dev.omvio.codec.ChromaSubsampling;
import dev.omvio.codec.CorruptImageException;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.codecs.TestImages;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Both JPEG codecs: libjpeg-turbo through JNA (required in CI) and the JDK's pure-Java plugin. */
class JpegCodecTest {
    private static final byte[] CAMERA_JPEG = TestImages.bytes("compressed.jpeg");
    private static final int CAMERA_WIDTH = 320; // SOF0 bytes 01 0E 01 40: height 0x010E = 270, width 0x0140 = 320
    private static final int CAMERA_HEIGHT = 270;

    static Stream<PixelCodec> codecs() {
        return Stream.<PixelCodec>of(new TurboJpegCodec(), new JdkJpegCodec()).filter(PixelCodec::isAvailable);
    }

    static Stream<Arguments> codecsAndSubsampling() {
        return codecs().flatMap(codec -> Stream.of(ChromaSubsampling.values()).map(s -> Arguments.of(codec, s)));
    }

    @Test
    void libjpegTurboIsLoadedInCiAndChosenWhereverItLoads() {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(TurboJpeg.isLoaded()).as("CI must exercise libjpeg-turbo: %s", TurboJpeg.report()).isTrue();
        }
        assumeTrue(TurboJpeg.isLoaded(), TurboJpeg::report);
        assertThat(PixelCodecs.decoder(PixelFormat.JPEG).name()).isEqualTo(TurboJpegCodec.NAME);
        assertThat(PixelCodecs.encoder(PixelFormat.JPEG).name()).isEqualTo(TurboJpegCodec.NAME);
    }

    @Test
    void theJdkCodecTakesOverWhenTheNativeOneIsUnavailable() {
        PixelCodec missingNative = new UnavailableJpegCodec();
        PixelCodecs.register(missingNative);
        try {
            if (!TurboJpeg.isLoaded()) {
                assertThat(PixelCodecs.decoder(PixelFormat.JPEG).name()).isEqualTo(JdkJpegCodec.NAME);
            }
            assertThat(PixelCodecs.decoder(PixelFormat.JPEG)).isNotSameAs(missingNative);
        } finally {
            PixelCodecs.unregister(missingNative);
        }
    }

    @Test
    void nativeAndPureJavaDecodeTheCameraJpegAlike() throws IOException {
        assumeTrue(TurboJpeg.isLoaded(), TurboJpeg::report);
        Image jpeg = Image.of(CAMERA_WIDTH, CAMERA_HEIGHT, PixelFormat.JPEG, CAMERA_JPEG);
        int[] turbo = new int[CAMERA_WIDTH * CAMERA_HEIGHT];
        int[] jdk = new int[turbo.length];
        new TurboJpegCodec().decode(jpeg, DecodeOptions.DEFAULT, turbo, 0, CAMERA_WIDTH);
        new JdkJpegCodec().decode(jpeg, DecodeOptions.DEFAULT, jdk, 0, CAMERA_WIDTH);
        assertThat(Arrays.stream(turbo).allMatch(argb -> argb >>> 24 == 0xFF)).as("opaque").isTrue();
        // Both are libjpeg descendants; their IDCT and upsampling may differ by rounding only.
        assertThat(maxChannelDifference(turbo, jdk)).isLessThanOrEqualTo(4);
        assertThat(TestImages.psnr(turbo, jdk)).isGreaterThan(45);
        // Not a blank image: the frame has real content.
        assertThat(Arrays.stream(turbo).distinct().count()).isGreaterThan(1000);
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void decodesIntoACallersRowsLeavingTheRestAlone(PixelCodec codec) throws IOException {
        Image jpeg = Image.of(CAMERA_WIDTH, CAMERA_HEIGHT, PixelFormat.JPEG, CAMERA_JPEG);
        int[] packed = new int[CAMERA_WIDTH * CAMERA_HEIGHT];
        codec.decode(jpeg, DecodeOptions.DEFAULT, packed, 0, CAMERA_WIDTH);
        int scanline = CAMERA_WIDTH + 3;
        int offset = 5;
        int[] padded = new int[offset + scanline * CAMERA_HEIGHT + 2];
        Arrays.fill(padded, 0x12345678);
        codec.decode(jpeg, DecodeOptions.DEFAULT, padded, offset, scanline);
        for (int y = 0; y < CAMERA_HEIGHT; y++) {
            assertThat(Arrays.copyOfRange(padded, offset + y * scanline, offset + y * scanline + CAMERA_WIDTH))
                    .as("row %d", y).containsExactly(Arrays.copyOfRange(packed, y * CAMERA_WIDTH, (y + 1) * CAMERA_WIDTH));
            assertThat(Arrays.copyOfRange(padded, offset + y * scanline + CAMERA_WIDTH, offset + (y + 1) * scanline))
                    .as("padding after row %d", y).containsOnly(0x12345678);
        }
        assertThat(Arrays.copyOfRange(padded, 0, offset)).containsOnly(0x12345678);
    }

    @ParameterizedTest
    @MethodSource("codecsAndSubsampling")
    void encodesTheChosenSubsamplingIntoSof0(PixelCodec codec, ChromaSubsampling subsampling) throws IOException {
        TestImages.Pixels person = TestImages.rgb("person.bmp");
        assertThat(person.width()).isEqualTo(400);
        assertThat(person.height()).isEqualTo(400);
        Image jpeg = codec.encode(person.argb(), 0, person.width(), person.width(), person.height(), PixelFormat.JPEG,
                EncodeOptions.DEFAULT.withSubsampling(subsampling));
        byte[] data = jpeg.toByteArray();
        assertThat(data[0] & 0xFF).isEqualTo(0xFF);
        assertThat(data[1] & 0xFF).isEqualTo(0xD8);
        byte[] sof = JpegFiles.segment(data, 0xC0);
        // precision 8, then height and width big-endian (person.bmp is 400x400: 01 90 01 90)
        assertThat(Arrays.copyOf(sof, 5)).containsExactly(8, 0x01, (byte) 0x90, 0x01, (byte) 0x90);
        List<Integer> expected = switch (subsampling) {
            case S444 -> List.of(0x11, 0x11, 0x11);
            case S422 -> List.of(0x21, 0x11, 0x11);
            case S420 -> List.of(0x22, 0x11, 0x11);
            case GRAY -> List.of(0x11);
        };
        assertThat(JpegFiles.samplingFactors(data)).containsExactlyElementsOf(expected);
        BufferedImage decoded = codec.decode(jpeg, DecodeOptions.DEFAULT);
        int[] back = new int[person.argb().length];
        codec.decode(jpeg, DecodeOptions.DEFAULT, back, 0, person.width());
        if (subsampling == ChromaSubsampling.GRAY) {
            assertThat(decoded.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        } else {
            assertThat(TestImages.psnr(person.argb(), back)).as("colour round trip").isGreaterThan(30);
        }
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void qualityScalesTheStandardQuantisationTables(PixelCodec codec) {
        int[] pixels = new int[64 * 64];
        Random random = new Random(1);
        Arrays.setAll(pixels, i -> 0xFF000000 | random.nextInt(0x1000000)); // noise: quality matters for size
        // Annex K luminance table starts with 16. IJG scaling: quality 50 -> factor 100, 16;
        // quality 90 -> factor 200 - 2*90 = 20, (16*20 + 50) / 100 = 3; quality 100 -> 1.
        assertThat(firstLumaQuantiser(codec, pixels, 50)).isEqualTo(16);
        assertThat(firstLumaQuantiser(codec, pixels, 90)).isEqualTo(3);
        assertThat(firstLumaQuantiser(codec, pixels, 100)).isEqualTo(1);
        int small = encode(codec, pixels, 20).dataSize();
        int large = encode(codec, pixels, 95).dataSize();
        assertThat(small).isLessThan(large);
    }

    private static int firstLumaQuantiser(PixelCodec codec, int[] pixels, int quality) {
        byte[] dqt = JpegFiles.segment(encode(codec, pixels, quality).toByteArray(), 0xDB);
        assertThat(dqt[0]).as("8-bit table 0").isEqualTo((byte) 0);
        return dqt[1] & 0xFF;
    }

    private static Image encode(PixelCodec codec, int[] pixels, int quality) {
        return codec.encode(pixels, 0, 64, 64, 64, PixelFormat.JPEG, EncodeOptions.DEFAULT.withJpegQuality(quality));
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void greyscaleJpegsDecodeToGreyImages(PixelCodec codec) throws IOException {
        // A uniform grey 100 (r = g = b, so every luma formula gives 100) survives JPEG exactly.
        int[] grey = new int[16 * 8];
        Arrays.fill(grey, 0xFF646464);
        Image jpeg = codec.encode(grey, 0, 16, 16, 8, PixelFormat.JPEG, EncodeOptions.DEFAULT.withSubsampling(ChromaSubsampling.GRAY));
        BufferedImage image = codec.decode(jpeg, DecodeOptions.DEFAULT);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(image.getRaster().getSamples(0, 0, 16, 8, 0, (int[]) null)).containsOnly(100);
        int[] argb = new int[16 * 8];
        codec.decode(jpeg, DecodeOptions.DEFAULT, argb, 0, 16);
        assertThat(argb).containsOnly(0xFF646464);
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void truncatedDataIsACorruptImage(PixelCodec codec) {
        Image truncated = Image.of(CAMERA_WIDTH, CAMERA_HEIGHT, PixelFormat.JPEG, Arrays.copyOf(CAMERA_JPEG, CAMERA_JPEG.length / 2));
        assertThatThrownBy(() -> codec.decode(truncated, DecodeOptions.DEFAULT, new int[CAMERA_WIDTH * CAMERA_HEIGHT], 0, CAMERA_WIDTH))
                .isInstanceOf(CorruptImageException.class).hasMessageContaining("JPEG");
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void randomBytesAreACorruptImage(PixelCodec codec) {
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] noise = new byte[1 + random.nextInt(4000)];
            random.nextBytes(noise);
            if (i % 2 == 0 && noise.length > 2) { // half of them look like a JPEG start
                noise[0] = (byte) 0xFF;
                noise[1] = (byte) 0xD8;
            }
            Image image = Image.of(8, 8, PixelFormat.JPEG, noise);
            assertThatThrownBy(() -> codec.decode(image, DecodeOptions.DEFAULT)).isInstanceOf(CorruptImageException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void hugeDimensionsInSofAreRejectedBeforeAllocating(PixelCodec codec) {
        byte[] hostile = JpegFiles.withSofDimensions(CAMERA_JPEG, 65000, 65000);
        Image claimed = Image.of(65000, 65000, PixelFormat.JPEG, hostile);
        assertThatThrownBy(() -> codec.decode(claimed, DecodeOptions.DEFAULT))
                .isInstanceOf(CorruptImageException.class).hasMessage("JPEG data of " + CAMERA_JPEG.length + " bytes cannot hold 65000x65000 pixels");
        Image frame = Image.of(CAMERA_WIDTH, CAMERA_HEIGHT, PixelFormat.JPEG, hostile);
        assertThatThrownBy(() -> codec.decode(frame, DecodeOptions.DEFAULT, new int[CAMERA_WIDTH * CAMERA_HEIGHT], 0, CAMERA_WIDTH))
                .isInstanceOf(CorruptImageException.class).hasMessageContaining("header says 65000x65000 but the frame is 320x270");
    }

    /**
     * The camera JPEG's 34 838 bytes can hold at most 34 838 * 256 = 8 918 528 pixels of
     * baseline JPEG: 16384 x 16384 is refused for that, before the pixel budget is even asked.
     */
    @ParameterizedTest
    @MethodSource("codecs")
    void aFrameClaimingMorePixelsThanItsDataCanHoldIsRejectedBeforeAllocating(PixelCodec codec) {
        byte[] hostile = JpegFiles.withSofDimensions(CAMERA_JPEG, 16384, 16384);
        Image claimed = Image.of(16384, 16384, PixelFormat.JPEG, hostile);

        assertThatThrownBy(() -> codec.decode(claimed, DecodeOptions.DEFAULT))
                .isInstanceOf(CorruptImageException.class)
                .hasMessage("JPEG data of " + CAMERA_JPEG.length + " bytes cannot hold 16384x16384 pixels");
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void aZeroHeightSofIsACorruptImage(PixelCodec codec) {
        Image image = Image.of(CAMERA_WIDTH, CAMERA_HEIGHT, PixelFormat.JPEG, JpegFiles.withSofDimensions(CAMERA_JPEG, CAMERA_WIDTH, 0));
        assertThatThrownBy(() -> codec.decode(image, DecodeOptions.DEFAULT)).isInstanceOf(CorruptImageException.class);
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void aTooSmallCallerBufferIsRejected(PixelCodec codec) {
        Image jpeg = Image.of(CAMERA_WIDTH, CAMERA_HEIGHT, PixelFormat.JPEG, CAMERA_JPEG);
        assertThatThrownBy(() -> codec.decode(jpeg, DecodeOptions.DEFAULT, new int[CAMERA_WIDTH * CAMERA_HEIGHT - 1], 0, CAMERA_WIDTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need 86400");
    }

    /** A native codec whose library is missing, preferred above all others if it were there. */
    private static final class UnavailableJpegCodec implements PixelCodec {
        @Override
        public String name() {
            return "unloaded native JPEG";
        }

        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }

        @Override
        public boolean isAvailable() {
            return false;
        }

        @Override
        public Set<PixelFormat> decodes() {
            return Set.of(PixelFormat.JPEG);
        }

        @Override
        public Set<PixelFormat> encodes() {
            return Set.of(PixelFormat.JPEG);
        }

        @Override
        public void decode(Image source, DecodeOptions options, int[] argb, int offset, int scanline) {
            throw new AssertionError("an unavailable codec must not be used");
        }

        @Override
        public BufferedImage decode(Image source, DecodeOptions options) {
            throw new AssertionError("an unavailable codec must not be used");
        }

        @Override
        public Image encode(int[] argb, int offset, int scanline, int width, int height, PixelFormat format, EncodeOptions options) {
            throw new AssertionError("an unavailable codec must not be used");
        }

        @Override
        public Image encode(BufferedImage image, PixelFormat format, EncodeOptions options) {
            throw new AssertionError("an unavailable codec must not be used");
        }
    }

    private static int maxChannelDifference(int[] a, int[] b) {
        int max = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                max = Math.max(max, Math.abs(((a[i] >>> shift) & 0xFF) - ((b[i] >>> shift) & 0xFF)));
            }
        }
        return max;
    }
}
