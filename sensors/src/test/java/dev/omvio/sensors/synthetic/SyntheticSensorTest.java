package dev.omvio.sensors.synthetic;

import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.SensorControl;
import dev.omvio.sensor.Sensors;
import dev.omvio.sensor.Window;
import dev.omvio.stream.ManualClock;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticSensorTest {
    // The bars, left to right: white, yellow, cyan, green, magenta, red, blue, black.
    private static final int[][] BARS_RGB = {
        {255, 255, 255}, {255, 255, 0}, {0, 255, 255}, {0, 255, 0}, {255, 0, 255}, {255, 0, 0}, {0, 0, 255}, {0, 0, 0},
    };

    private final ManualClock clock = new ManualClock(0);

    @Test
    void barsInArgb8AreBytesBgraPerPixel() throws IOException {
        try (Sensor sensor = open("pattern=bars,format=argb8,size=8x1")) {
            assertThat(sensor.snapshot().toByteArray()).containsExactly(
                    0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0xFF, 0x00, 0xFF, 0x00, 0xFF,
                    0xFF, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0xFF, 0x00, 0x00, 0x00, 0xFF);
        }
    }

    @Test
    void barsInRgb565AreLittleEndianWordsTruncatedFrom888() throws IOException {
        try (Sensor sensor = open("pattern=bars,format=rgb565,size=8x1")) {
            // FFFF, FFE0, 07FF, 07E0, F81F, F800, 001F, 0000
            assertThat(sensor.snapshot().toByteArray()).containsExactly(
                    0xFF, 0xFF, 0xE0, 0xFF, 0xFF, 0x07, 0xE0, 0x07, 0x1F, 0xF8, 0x00, 0xF8, 0x1F, 0x00, 0x00, 0x00);
        }
    }

    @Test
    void barsInGrayscaleUseTheFirmwaresLuma() throws IOException {
        try (Sensor sensor = open("pattern=bars,format=grayscale,size=8x2")) {
            // (38 r + 75 g + 15 b) >> 7 for each bar, on both rows
            int[] row = {255, 225, 179, 149, 105, 75, 29, 0};
            assertThat(sensor.snapshot().toByteArray()).containsExactly(concat(row, row));
        }
    }

    @ParameterizedTest
    @CsvSource({"BAYER_BGGR, BGGR", "BAYER_GBRG, GBRG", "BAYER_GRBG, GRBG", "BAYER_RGGB, RGGB"})
    void barsInEachBayerPatternSampleTheTilesColour(PixelFormat format, String tile) throws IOException {
        try (Sensor sensor = open("pattern=bars,size=8x2,format=" + format.name().toLowerCase())) {
            byte[] expected = new byte[16];
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 8; x++) {
                    char colour = tile.charAt(2 * y + x % 2);
                    int channel = colour == 'R' ? 0 : colour == 'G' ? 1 : 2;
                    expected[8 * y + x] = (byte) BARS_RGB[x][channel];
                }
            }
            Image frame = sensor.snapshot();
            assertThat(frame.format()).isEqualTo(format);
            assertThat(frame.toByteArray()).containsExactly(expected);
        }
    }

    @Test
    void barsInBinaryAreRowsOfWholeWordsWithWhiteSet() throws IOException {
        try (Sensor sensor = open("pattern=bars,format=binary,size=8x2")) {
            byte[] data = sensor.snapshot().toByteArray();
            assertThat(data).hasSize(8); // one 32-bit word per row
            assertThat(data[0] & 1).isEqualTo(1); // white
            assertThat(data[0] & 0x80).isZero(); // black
            assertThat(data[4]).isEqualTo(data[0]);
        }
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"YUV422", "YVU422"})
    void barsInYuvDecodeBackToTheBars(PixelFormat format) throws IOException {
        try (Sensor sensor = open("pattern=bars,size=16x1,format=" + format)) {
            Image frame = sensor.snapshot();
            assertThat(frame.dataSize()).isEqualTo(32);
            int[] argb = decode(frame);
            for (int bar = 0; bar < 8; bar++) {
                assertNear(argb[2 * bar], BARS_RGB[bar], 6);
                assertNear(argb[2 * bar + 1], BARS_RGB[bar], 6);
            }
        }
    }

    @Test
    void barsInJpegAreAJfifFileThatDecodesToTheBars() throws IOException {
        try (Sensor sensor = open("pattern=bars,size=128x16,format=jpeg")) {
            Image frame = sensor.snapshot();
            byte[] data = frame.toByteArray();
            assertThat(frame.format()).isEqualTo(PixelFormat.JPEG);
            assertThat(data[0] & 0xFF).isEqualTo(0xFF);
            assertThat(data[1] & 0xFF).isEqualTo(0xD8);
            assertThat(data[data.length - 2] & 0xFF).isEqualTo(0xFF);
            assertThat(data[data.length - 1] & 0xFF).isEqualTo(0xD9);
            int[] argb = decode(frame);
            for (int bar = 0; bar < 8; bar++) {
                assertNear(argb[8 * 128 + 16 * bar + 8], BARS_RGB[bar], 48);
            }
        }
    }

    @Test
    void deliversEveryFormatButPng() throws IOException {
        try (Sensor sensor = open("size=16x8")) {
            assertThat(sensor.capabilities().pixelFormats()).hasSize(11).doesNotContain(PixelFormat.PNG);
            for (PixelFormat format : sensor.capabilities().pixelFormats()) {
                sensor.setPixelFormat(format);
                Image frame = sensor.snapshot();
                assertThat(frame.format()).isEqualTo(format);
                if (!format.isCompressed()) {
                    assertThat((long) frame.dataSize()).isEqualTo(format.dataSize(16, 8));
                }
            }
            for (SensorControl control : SensorControl.values()) {
                assertThat(sensor.capabilities().supports(control)).isTrue();
            }
        }
    }

    @Test
    void pacesFramesExactlyAtThirtyPerSecond() throws IOException {
        try (Sensor sensor = open("fps=30,size=8x1")) {
            for (int i = 0; i < 7; i++) {
                sensor.snapshot();
            }
        }
        assertThat(clock.sleeps()).containsExactly(
                33_333_333L, 33_333_333L, 33_333_334L, 33_333_333L, 33_333_333L, 33_333_334L);
        assertThat(clock.nanoTime()).isEqualTo(200_000_000L);
    }

    @Test
    void shapesMoveTwoPixelsPerFrameAndWrap() throws IOException {
        try (Sensor sensor = open("pattern=shapes,format=argb8,size=15x8")) {
            // side 2: the square covers rows 2..3 from column 2k; the disc has radius 1 at (11, 2k mod 8)
            int[] frame0 = pixels(sensor.snapshot());
            assertThat(squareColumns(frame0, 15)).containsExactly(0, 1);
            assertThat(discPixels(frame0, 15, 8)).containsExactly(10, 11, 12, 11 + 15);
            for (int k = 1; k < 7; k++) {
                sensor.snapshot();
            }
            int[] frame7 = pixels(sensor.snapshot()); // column 14 and wrapped to 0; disc centre (11, 6)
            assertThat(squareColumns(frame7, 15)).containsExactly(0, 14);
            assertThat(discPixels(frame7, 15, 8)).containsExactly(11 + 5 * 15, 10 + 6 * 15, 11 + 6 * 15, 12 + 6 * 15, 11 + 7 * 15);
            assertThat(frame7[2 * 15]).isEqualTo(MovingShapes.SQUARE);
            assertThat(frame7[0]).isEqualTo(MovingShapes.BACKGROUND);
        }
    }

    @Test
    void noiseIsSplitMix64FromTheSeed() throws IOException {
        try (Sensor sensor = open("pattern=noise,seed=0,format=argb8,size=2x1")) {
            // SplitMix64 from seed 0 starts 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4
            assertThat(pixels(sensor.snapshot())).containsExactly(0xFF1DCDAF, 0xFFB965F4);
        }
    }

    @Property(tries = 30)
    void noiseFrameKContinuesTheGeneratorWhereFrameKMinusOneStopped(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int frame) throws IOException {
        try (Sensor sensor = open("pattern=noise,format=argb8,size=4x3,seed=" + seed)) {
            int[] pixels = new int[0];
            for (int k = 0; k <= frame; k++) {
                pixels = pixels(sensor.snapshot());
            }
            SplittableRandom generator = new SplittableRandom(seed);
            for (int skipped = 0; skipped < frame * 12; skipped++) {
                generator.nextLong();
            }
            for (int i = 0; i < 12; i++) {
                assertThat(pixels[i]).isEqualTo(0xFF000000 | (int) (generator.nextLong() & 0xFFFFFF));
            }
        }
    }

    @Test
    void mirrorFlipAndWindowActOnTheDeliveredFrame() throws IOException {
        try (Sensor sensor = open("pattern=bars,format=argb8,size=8x2")) {
            sensor.setHmirror(true);
            assertThat(barsOf(pixels(sensor.snapshot()), 8)).containsExactly(7, 6, 5, 4, 3, 2, 1, 0);
            // the window is cut from the mirrored frame: columns 2..4 show bars 5, 4, 3
            sensor.setWindowing(new Window(2, 1, 3, 1));
            Image windowed = sensor.snapshot();
            assertThat(windowed.width()).isEqualTo(3);
            assertThat(windowed.height()).isEqualTo(1);
            assertThat(barsOf(pixels(windowed), 3)).containsExactly(5, 4, 3);
            sensor.setHmirror(false);
            assertThat(barsOf(pixels(sensor.snapshot()), 3)).containsExactly(2, 3, 4);
        }
    }

    @Test
    void vflipTurnsRowsUpsideDown() throws IOException {
        try (Sensor plain = open("pattern=noise,seed=3,format=argb8,size=3x2");
             Sensor flipped = open("pattern=noise,seed=3,format=argb8,size=3x2")) {
            flipped.setVflip(true);
            int[] up = pixels(plain.snapshot());
            int[] down = pixels(flipped.snapshot());
            assertThat(down).containsExactly(up[3], up[4], up[5], up[0], up[1], up[2]);
        }
    }

    @Test
    void exposureAndGainScaleTheScene() throws IOException {
        try (Sensor sensor = open("pattern=shapes,format=argb8,size=8x8")) {
            assertThat(sensor.exposureUs()).isEqualTo(10_000);
            assertThat(sensor.gainDb()).isZero();
            sensor.setExposureUs(5_000); // half the light: 0x20 -> 0x10, 0xFF -> 0x7F
            int[] dim = pixels(sensor.snapshot());
            assertThat(dim[0]).isEqualTo(0xFF101010);
            assertThat(dim[2 * 8]).isEqualTo(0xFF7F7F7F); // the square, at column 0 in frame 0
            sensor.setExposureUs(10_000);
            sensor.setGainDb(20); // ten times: 0x20 -> 320, clipped at 255
            assertThat(pixels(sensor.snapshot())[0]).isEqualTo(0xFFFFFFFF);
            assertThatThrownBy(() -> sensor.setExposureUs(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("0 us");
            assertThatThrownBy(() -> sensor.setGainDb(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("NaN");
        }
    }

    @Test
    void snapshotReusesTheFrameBufferAndCanReturnOwnedCopies() throws IOException {
        try (Sensor sensor = open("pattern=shapes,format=grayscale,size=8x8")) {
            Image first = sensor.snapshot();
            byte[] firstBytes = first.toByteArray();
            Image owned = sensor.snapshot(false);
            Image second = sensor.snapshot();
            assertThat(first.isFrameBuffer()).isTrue();
            assertThat(owned.isFrameBuffer()).isFalse();
            assertThat(second).isSameAs(first);
            assertThat(second.toByteArray()).isNotEqualTo(firstBytes); // frame 2 overwrote frame 0
            assertThat(owned.toByteArray()).isNotEqualTo(second.toByteArray());
        }
    }

    @Test
    void resetRestoresTheOptionsAndRestartsTheFrames() throws IOException {
        try (Sensor sensor = open("pattern=shapes,format=grayscale,size=8x8,fps=10")) {
            byte[] frame0 = sensor.snapshot().toByteArray();
            sensor.snapshot();
            sensor.setPixelFormat(PixelFormat.RGB565);
            sensor.setFrameSize(FrameSize.QQQVGA);
            sensor.setFrameRate(50);
            sensor.setVflip(true);
            sensor.reset();
            assertThat(sensor.pixelFormat()).isEqualTo(PixelFormat.GRAYSCALE);
            assertThat(sensor.frameSize()).isEqualTo(new FrameSize(8, 8));
            assertThat(sensor.frameRate()).isEqualTo(10);
            assertThat(sensor.vflip()).isFalse();
            assertThat(sensor.snapshot().toByteArray()).isEqualTo(frame0);
        }
        assertThat(clock.sleeps()).containsExactly(100_000_000L); // only frame 1 waited
    }

    @Test
    void refusesBadOptionsNamingThem() {
        assertThatThrownBy(() -> open("pattern=plaid")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'plaid'");
        assertThatThrownBy(() -> open("format=png")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PNG");
        assertThatThrownBy(() -> open("format=rgb888")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'rgb888'");
        assertThatThrownBy(() -> open("size=4000x4000")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4000x4000");
        assertThatThrownBy(() -> open("fps=0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'0'");
        assertThatThrownBy(() -> open("seed=x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'");
        assertThatThrownBy(() -> open("colour=red")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'colour'");
    }

    @Test
    void defaultsAreRgb565QvgaAtThirtyFps() throws IOException {
        try (Sensor sensor = Sensors.open("synthetic", clock)) {
            assertThat(sensor.pixelFormat()).isEqualTo(PixelFormat.RGB565);
            assertThat(sensor.frameSize()).isEqualTo(FrameSize.QVGA);
            assertThat(sensor.frameRate()).isEqualTo(30);
            assertThat(sensor.snapshot().dataSize()).isEqualTo(320 * 240 * 2);
        }
    }

    private Sensor open(String options) throws IOException {
        return Sensors.open("synthetic:" + options, clock);
    }

    private static int[] pixels(Image argb8) {
        ByteBuffer data = argb8.data();
        int[] pixels = new int[argb8.width() * argb8.height()];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = data.getInt(4 * i);
        }
        return pixels;
    }

    private static int[] decode(Image frame) throws IOException {
        int[] argb = new int[frame.width() * frame.height()];
        PixelCodecs.decode(frame, DecodeOptions.DEFAULT, argb, 0, frame.width());
        return argb;
    }

    private static void assertNear(int argb, int[] rgb, int tolerance) {
        assertThat((argb >>> 16) & 0xFF).isBetween(rgb[0] - tolerance, rgb[0] + tolerance);
        assertThat((argb >>> 8) & 0xFF).isBetween(rgb[1] - tolerance, rgb[1] + tolerance);
        assertThat(argb & 0xFF).isBetween(rgb[2] - tolerance, rgb[2] + tolerance);
    }

    private static int[] barsOf(int[] row, int width) {
        int[] bars = new int[width];
        for (int x = 0; x < width; x++) {
            int r = (row[x] >>> 16) & 0xFF;
            int g = (row[x] >>> 8) & 0xFF;
            int b = row[x] & 0xFF;
            for (int bar = 0; bar < 8; bar++) {
                if (BARS_RGB[bar][0] == r && BARS_RGB[bar][1] == g && BARS_RGB[bar][2] == b) {
                    bars[x] = bar;
                }
            }
        }
        return bars;
    }

    private static int[] squareColumns(int[] frame, int width) {
        return java.util.stream.IntStream.range(0, width).filter(x -> frame[2 * width + x] == MovingShapes.SQUARE
                && frame[3 * width + x] == MovingShapes.SQUARE).toArray();
    }

    private static int[] discPixels(int[] frame, int width, int height) {
        return java.util.stream.IntStream.range(0, width * height).filter(i -> frame[i] == MovingShapes.DISC).toArray();
    }

    private static int[] concat(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray();
    }
}
