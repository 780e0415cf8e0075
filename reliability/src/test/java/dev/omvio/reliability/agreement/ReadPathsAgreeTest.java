package dev.omvio.reliability.agreement;

import dev.omvio.cli.Omvio;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.PixelFormat;
import dev.omvio.reliability.CameraRecording;
import dev.omvio.reliability.HandLaidStream;
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
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
                Arguments.of("odd-sizes-v21", new HandLaidStream("2.1")
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
        HandLaidStream layout = new HandLaidStream(version)
                .frame1(33, 7, 0, HandLaidStream.pattern(PixelFormat.BINARY.dataSize(33, 7), 11))
                .frame1(11, 5, 1, HandLaidStream.pattern(11 * 5, 12))
                .frame1(9, 5, 2, HandLaidStream.pattern(9 * 5 * 2, 13))
                .frame1(8, 6, 3, HandLaidStream.pattern(8 * 6, 14));
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
}
