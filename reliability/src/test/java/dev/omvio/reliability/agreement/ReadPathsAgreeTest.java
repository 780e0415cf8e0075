package dev.omvio.reliability.agreement;

import dev.omvio.cli.Omvio;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.PixelFormat;
import dev.omvio.reliability.CameraRecording;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every frame of test files of every version and of every pixel format that holds pixels in a
 * file, read three ways: {@link ImageStreams} with {@link PixelCodecs}, the javax.imageio reader,
 * and {@code omvio extract --format png}. The three must agree on every pixel. The files are laid
 * out byte by byte from FORMAT.md, odd sizes included (the YUV and Bayer borders).
 */
class ReadPathsAgreeTest {
    @TempDir
    Path dir;

    static Stream<Arguments> files() {
        CameraRecording camera = CameraRecording.build();
        byte[] jpeg = camera.frames().get(2).toByteArray(); // the camera's own 320x270 JPEG
        return Stream.of(
                Arguments.of("camera-v20", camera.bytes(), camera.count()),
                Arguments.of("odd-sizes-v21", new Layout("2.1")
                        .frame2(7, 5, PixelFormat.BAYER_GBRG, 1)
                        .frame2(6, 3, PixelFormat.BAYER_GRBG, 2)
                        .frame2(5, 5, PixelFormat.BAYER_RGGB, 3)
                        .frame2(9, 4, PixelFormat.BAYER_BGGR, 4)
                        .frame2(7, 3, PixelFormat.YVU422, 5)
                        .frame2(5, 2, PixelFormat.YUV422, 6)
                        .frame2(37, 3, PixelFormat.BINARY, 7)
                        .frame2(3, 3, PixelFormat.RGB565, 8)
                        .frame2(1, 1, PixelFormat.GRAYSCALE, 9)
                        .bytes(), 9),
                Arguments.of("v10", version1("1.0", jpeg), 5),
                Arguments.of("v11", version1("1.1", jpeg), 5));
    }

    // Version 1.x: bpp 0 BINARY, 1 GRAYSCALE, 2 RGB565 (byte-swapped in 1.0), 3 Bayer BGGR, else the JPEG's size.
    private static byte[] version1(String version, byte[] jpeg) {
        Layout layout = new Layout(version)
                .frame1(33, 7, 0, Layout.pattern(PixelFormat.BINARY.dataSize(33, 7), 11))
                .frame1(11, 5, 1, Layout.pattern(11 * 5, 12))
                .frame1(9, 5, 2, Layout.pattern(9 * 5 * 2, 13))
                .frame1(8, 6, 3, Layout.pattern(8 * 6, 14));
        return layout.frame1(320, 270, jpeg.length, jpeg).bytes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theApiTheBridgeAndTheCliGiveTheSamePixelsForEveryFrame(String name, byte[] bytes, int frames)
            throws IOException {
        Path file = dir.resolve(name + ".bin");
        Files.write(file, bytes);
        Path extracted = dir.resolve(name);
        StringWriter err = new StringWriter();
        int exit = Omvio.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "extract", file.toString(), extracted.toString(), "--format", "png");
        assertThat(exit).as(err.toString()).isZero();

        ImageReader reader = ImageIO.getImageReadersByFormatName("openmv").next();
        try (ImageStream stream = ImageStreams.open(file, "r");
             ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            assertThat(stream.count()).isEqualTo(frames);
            assertThat(reader.getNumImages(true)).isEqualTo(frames);
            for (int i = 0; i < frames; i++) {
                BufferedImage api = PixelCodecs.toBufferedImage(stream.readFrame(i));
                BufferedImage bridge = reader.read(i);
                BufferedImage cli = ImageIO.read(extracted.resolve(String.format("frame-%06d.png", i)).toFile());
                assertSamePixels(api, bridge, name + " frame " + i + ", javax.imageio reader");
                assertSamePixels(api, cli, name + " frame " + i + ", omvio extract");
            }
        } finally {
            reader.dispose();
        }
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual, String what) {
        assertThat(actual.getWidth()).as(what + ": width").isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).as(what + ": height").isEqualTo(expected.getHeight());
        int w = expected.getWidth();
        int h = expected.getHeight();
        int[] want = argb(expected);
        int[] got = argb(actual);
        int differing = 0;
        int first = -1;
        for (int p = 0; p < want.length; p++) {
            if (want[p] != got[p]) {
                differing++;
                first = first < 0 ? p : first;
            }
        }
        assertThat(differing).as("%s: pixels differing of %d (first at x %d, y %d)", what, want.length,
                first < 0 ? 0 : first % w, first < 0 ? 0 : first / w).isZero();
    }

    // The pixels as sRGB values. A grey sample is the grey it shows: getRGB of a TYPE_BYTE_GRAY
    // image would convert it from Java's linear grey colour space instead (16 becomes 0x47).
    private static int[] argb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getColorModel().getNumComponents() != 1) {
            return image.getRGB(0, 0, w, h, null, 0, w);
        }
        int[] grey = image.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
        int max = (1 << image.getColorModel().getComponentSize(0)) - 1;
        for (int p = 0; p < grey.length; p++) {
            grey[p] = 0xFF000000 | (grey[p] * 255 / max) * 0x010101;
        }
        return grey;
    }

    /** A stream file laid out by FORMAT.md, byte by byte: magic, then chunks padded to 16 bytes. */
    private static final class Layout {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Layout(String version) {
            out.writeBytes(("OMV IMG STR V" + version).getBytes(StandardCharsets.US_ASCII));
        }

        // A 2.x chunk of raw pixels: interval 40 (ms or µs), w, h, pixformat code, size, 12 zero bytes.
        Layout frame2(int width, int height, PixelFormat format, int seed) {
            byte[] data = pattern(format.dataSize(width, height), seed);
            out.writeBytes(ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN).putInt(40).putInt(width)
                    .putInt(height).putInt(format.code()).putInt(data.length).array());
            return data(data);
        }

        // A 1.x chunk: interval 40 ms, w, h, bpp.
        Layout frame1(int width, int height, int bpp, byte[] data) {
            out.writeBytes(ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(40).putInt(width)
                    .putInt(height).putInt(bpp).array());
            return data(data);
        }

        private Layout data(byte[] data) {
            out.writeBytes(data);
            out.writeBytes(new byte[(16 - out.size() % 16) % 16]);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        // A linear congruential sequence (Numerical Recipes' constants) from seed: every pixel differs.
        static byte[] pattern(long length, int seed) {
            byte[] data = new byte[Math.toIntExact(length)];
            int state = seed * 7919 + 1;
            for (int i = 0; i < data.length; i++) {
                state = state * 1664525 + 1013904223;
                data[i] = (byte) (state >>> 24);
            }
            return data;
        }
    }
}
