package dev.omvio.imagej;

import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamFormatException;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ImageProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Recordings of every version and pixel format open as stacks whose size, dimensions, labels,
 * calibration and every pixel match what the file engine reads and the codecs decode.
 */
class OpenRecordingTest {
    private static final int WIDTH = 40;
    private static final int HEIGHT = 30;

    @TempDir
    Path dir;

    /** The engine writes 2.0 files of every format it stores (ARGB8: the camera stores no pixels). */
    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, mode = EnumSource.Mode.EXCLUDE, names = "ARGB8")
    void version2_0OfEveryFormatOpensFrameForFrame(PixelFormat format) throws IOException {
        Path file = dir.resolve(format + ".bin");
        Random random = new Random(format.ordinal());
        try (ImageStream out = ImageStreams.open(file, "w")) {
            // intervals 10, 40, 40 ms: frame times 0, 40, 80 ms (the first interval is before frame 0)
            out.write(frame(format, random), 10_000).write(frame(format, random), 40_000).write(frame(format, random), 40_000);
        }
        for (OpenOptions.StackKind kind : new OpenOptions.StackKind[] {OpenOptions.StackKind.IN_MEMORY, OpenOptions.StackKind.VIRTUAL}) {
            ImagePlus imp = OpenMvStacks.open(file, OpenOptions.DEFAULT.withStack(kind));
            try {
                assertThat(imp.getStack().isVirtual()).isEqualTo(kind == OpenOptions.StackKind.VIRTUAL);
                assertThat(imp.getBitDepth()).isEqualTo(format.isColor() ? 24 : 8);
                assertThat(imp.getNFrames()).isEqualTo(3);
                assertThat(imp.getNSlices()).isEqualTo(1);
                assertLabels(imp, "frame 0 t=0.000 s", "frame 1 t=0.040 s", "frame 2 t=0.080 s");
                assertCalibration(imp, 0.040);
                assertPixelsAsEngineAndCodecs(imp, file);
            } finally {
                imp.flush();
                closeVirtual(imp);
            }
        }
    }

    @Test
    void version1_0Rgb565IsBigEndianAndOpensAsRgb() throws IOException {
        // two 2x1 RGB565 frames, stored big-endian: F8 00 = 0xF800 red, 00 1F = 0x001F blue;
        // r8 = r5 << 3 | r5 >> 2 = 0xFF, so red is 0xFF0000 and blue 0x0000FF; intervals 33, 33 ms
        Path file = RecordingBytes.magic("V1.0")
                .v1Frame(33, 2, 1, 2, 0xF8, 0x00, 0x00, 0x1F)
                .v1Frame(33, 2, 1, 2, 0x00, 0x1F, 0xF8, 0x00)
                .writeTo(dir.resolve("v10.bin"));
        ImagePlus imp = OpenMvStacks.open(file);
        assertThat(imp.getBitDepth()).isEqualTo(24);
        assertThat(imp.getStackSize()).isEqualTo(2);
        assertLabels(imp, "frame 0 t=0.000 s", "frame 1 t=0.033 s");
        assertCalibration(imp, 0.033);
        assertThat(rgb(imp.getStack().getProcessor(1))).containsExactly(0xFF0000, 0x0000FF);
        assertThat(rgb(imp.getStack().getProcessor(2))).containsExactly(0x0000FF, 0xFF0000);
        assertPixelsAsEngineAndCodecs(imp, file);
        assertThat(imp.getInfoProperty()).contains("version 1.0");
    }

    @Test
    void version1_1GreyAndBinaryFramesOpenAs8Bit() throws IOException {
        // 3x2 GRAYSCALE (bpp 1) bytes 10..15, then 3x2 BINARY (bpp 0): rows of one u32 word,
        // LSB first: row 0 = 0b101 -> 255 0 255, row 1 = 0b010 -> 0 255 0; intervals 100, 50 ms
        Path file = RecordingBytes.magic("V1.1")
                .v1Frame(100, 3, 2, 1, 10, 11, 12, 13, 14, 15)
                .v1Frame(50, 3, 2, 0, 0x05, 0, 0, 0, 0x02, 0, 0, 0)
                .writeTo(dir.resolve("v11.bin"));
        ImagePlus imp = OpenMvStacks.open(file);
        assertThat(imp.getBitDepth()).isEqualTo(8);
        assertLabels(imp, "frame 0 t=0.000 s", "frame 1 t=0.050 s");
        assertCalibration(imp, 0.050);
        assertThat((byte[]) imp.getStack().getPixels(1)).containsExactly(10, 11, 12, 13, 14, 15);
        assertThat((byte[]) imp.getStack().getPixels(2)).containsExactly(255, 0, 255, 0, 255, 0);
        assertPixelsAsEngineAndCodecs(imp, file);
    }

    @Test
    void version2_1MicrosecondIntervalsLabelToTheMicrosecond() throws IOException {
        // 2x2 GRAYSCALE (code 0x08020001), intervals 1000, 16667, 16667 µs:
        // times 0, 16667, 33334 µs; mean interval 33334 / 2 = 16667 µs
        Path file = RecordingBytes.magic("V2.1")
                .v2Frame(1_000, 2, 2, 0x08020001, 1, 2, 3, 4)
                .v2Frame(16_667, 2, 2, 0x08020001, 5, 6, 7, 8)
                .v2Frame(16_667, 2, 2, 0x08020001, 9, 10, 11, 12)
                .writeTo(dir.resolve("v21.bin"));
        ImagePlus imp = OpenMvStacks.open(file);
        assertLabels(imp, "frame 0 t=0.000000 s", "frame 1 t=0.016667 s", "frame 2 t=0.033334 s");
        assertCalibration(imp, 0.016667);
        assertThat((byte[]) imp.getStack().getPixels(3)).containsExactly(9, 10, 11, 12);
        assertPixelsAsEngineAndCodecs(imp, file);
    }

    @Test
    void framesOfOtherSizesSitTopLeftOnBlackAndSayTheirSize() throws IOException {
        Path file = dir.resolve("mixed.bin");
        Image grey = Image.of(4, 3, PixelFormat.GRAYSCALE, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        // 2x2 RGB565 little-endian: 0xF800 red, 0x07E0 green, 0x001F blue, 0xFFFF white
        Image small = Image.of(2, 2, PixelFormat.RGB565, new byte[] {0x00, (byte) 0xF8, (byte) 0xE0, 0x07, 0x1F, 0x00, -1, -1});
        try (ImageStream out = ImageStreams.open(file, "w")) {
            out.write(grey, 0).write(small, 100_000).write(grey, 100_000);
        }
        ImagePlus imp = OpenMvStacks.open(file);
        assertThat(imp.getBitDepth()).isEqualTo(24);
        assertThat(imp.getWidth()).isEqualTo(4);
        assertThat(imp.getHeight()).isEqualTo(3);
        assertLabels(imp, "frame 0 t=0.000 s", "frame 1 t=0.100 s (2x2 RGB565)", "frame 2 t=0.200 s");
        assertThat(rgb(imp.getStack().getProcessor(2))).containsExactly(
                0xFF0000, 0x00FF00, 0, 0,
                0x0000FF, 0xFFFFFF, 0, 0,
                0, 0, 0, 0);
        // a grey frame in a colour stack: v -> v v v
        assertThat(rgb(imp.getStack().getProcessor(1))[5]).isEqualTo(0x060606);
        assertPixelsAsEngineAndCodecs(imp, file);
    }

    @Test
    void damagedFileOpensItsWholeFramesAndSaysWhatWasCut() throws IOException {
        Path file = dir.resolve("cut.bin");
        try (ImageStream out = ImageStreams.open(file, "w")) {
            for (int i = 0; i < 3; i++) {
                out.write(Image.of(4, 4, PixelFormat.GRAYSCALE, new byte[16]), 50_000);
            }
        }
        // each chunk: 32-byte header + 16 data bytes = 48; cut the last one after 40 of its bytes
        long cut = 16 + 48 * 2 + 40;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(cut);
        }
        ImagePlus imp = OpenMvStacks.open(file);
        assertThat(imp.getStackSize()).isEqualTo(2);
        DamagedTail tail = (DamagedTail) imp.getProperty(OpenMvStacks.DAMAGED_TAIL_PROPERTY);
        assertThat(tail.offset()).isEqualTo(16 + 48 * 2);
        assertThat(tail.length()).isEqualTo(40);
        assertThat(imp.getInfoProperty()).contains("Damaged tail cut: 40 bytes at offset 112");
        assertThat(Files.size(file)).isEqualTo(cut);
    }

    @Test
    void recordingWithoutAWholeFrameIsRefusedWithItsOffset() throws IOException {
        Path file = RecordingBytes.magic("V2.0").u32(33, 4, 4).writeTo(dir.resolve("none.bin"));
        assertThatThrownBy(() -> OpenMvStacks.open(file))
                .isInstanceOfSatisfying(StreamFormatException.class, e -> {
                    assertThat(e.offset()).isEqualTo(16);
                    assertThat(e.reason()).contains("no whole frame");
                });
    }

    private static Image frame(PixelFormat format, Random random) {
        if (format.isCompressed()) {
            BufferedImage picture = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < WIDTH; x++) {
                    picture.setRGB(x, y, random.nextInt());
                }
            }
            return PixelCodecs.encode(picture, format);
        }
        byte[] data = new byte[(int) format.dataSize(WIDTH, HEIGHT)];
        random.nextBytes(data);
        return Image.of(WIDTH, HEIGHT, format, data);
    }

    private static void assertLabels(ImagePlus imp, String... labels) {
        ImageStack stack = imp.getStack();
        assertThat(stack.size()).isEqualTo(labels.length);
        for (int n = 1; n <= labels.length; n++) {
            assertThat(stack.getSliceLabel(n)).isEqualTo(labels[n - 1]);
        }
    }

    private static void assertCalibration(ImagePlus imp, double intervalSeconds) {
        Calibration calibration = imp.getCalibration();
        assertThat(calibration.frameInterval).isCloseTo(intervalSeconds, within(1e-9));
        assertThat(calibration.fps).isCloseTo(1 / intervalSeconds, within(1e-6));
        assertThat(calibration.getTimeUnit()).isEqualTo("s");
    }

    /**
     * Every pixel of every slice as the engine reads the frame and the codecs decode it: GRAYSCALE
     * bytes as stored, BINARY bits as 0 and 255, colour frames as the codec's RGB, black beyond
     * a smaller frame.
     */
    static void assertPixelsAsEngineAndCodecs(ImagePlus imp, Path file) throws IOException {
        ImageStack stack = imp.getStack();
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(stack.size()).isEqualTo(in.count());
            for (int i = 0; i < in.count(); i++) {
                Image frame = in.readFrame(i);
                int[] argb = new int[frame.width() * frame.height()];
                if (imp.getBitDepth() == 24) {
                    PixelCodecs.decode(frame, DecodeOptions.DEFAULT, argb, 0, frame.width());
                }
                ImageProcessor ip = stack.getProcessor(i + 1);
                for (int y = 0; y < imp.getHeight(); y++) {
                    for (int x = 0; x < imp.getWidth(); x++) {
                        int actual = imp.getBitDepth() == 8 ? ip.get(x, y) : ip.get(x, y) & 0xFFFFFF;
                        assertThat(actual).as("frame %d pixel %d,%d", i, x, y).isEqualTo(expected(frame, argb, x, y, imp.getBitDepth()));
                    }
                }
            }
        }
    }

    private static int expected(Image frame, int[] argb, int x, int y, int bitDepth) {
        if (x >= frame.width() || y >= frame.height()) {
            return 0;
        }
        if (bitDepth == 8) {
            if (frame.format() == PixelFormat.BINARY) {
                int word = frame.data().getInt((y * ((frame.width() + 31) / 32) + x / 32) * 4);
                return (word >>> (x % 32) & 1) * 255;
            }
            return frame.data().get(y * frame.width() + x) & 0xFF;
        }
        return argb[y * frame.width() + x] & 0xFFFFFF;
    }

    private static int[] rgb(ImageProcessor ip) {
        int[] pixels = ((int[]) ip.getPixels()).clone();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] &= 0xFFFFFF;
        }
        return pixels;
    }

    static void closeVirtual(ImagePlus imp) throws IOException {
        if (imp.getStack() instanceof OpenMvVirtualStack virtual) {
            virtual.close();
        }
    }
}
