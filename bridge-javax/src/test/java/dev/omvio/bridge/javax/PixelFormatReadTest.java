package dev.omvio.bridge.javax;

import dev.omvio.codec.BayerAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static dev.omvio.bridge.javax.Plugins.grey;
import static dev.omvio.bridge.javax.Plugins.readFirst;
import static dev.omvio.bridge.javax.Plugins.rgb;
import static dev.omvio.bridge.javax.StreamBytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every pixel format read through the reader, against pixels worked out by hand from FORMAT.md. */
class PixelFormatReadTest {

    @Test
    void binaryRowsAreWholeLittleEndianWordsLsbFirst() throws IOException {
        // 33 pixels: word 0 has bits 0 and 31 set, word 1 bit 0 (pixel 32); row 1 only pixel 1.
        byte[] data = bytes(0x01, 0, 0, 0x80, 0x01, 0, 0, 0, 0x02, 0, 0, 0, 0, 0, 0, 0);
        BufferedImage image = readFirst(StreamBytes.version("2.0")
                .frame2(0, 33, 2, StreamBytes.BINARY, data).toByteArray());

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(row(image, 0)).containsExactly(255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255);
        assertThat(row(image, 1).subList(0, 3)).containsExactly(0, 255, 0);
    }

    @Test
    void grayscaleIsOneByteASample() throws IOException {
        BufferedImage image = readFirst(StreamBytes.version("2.0")
                .frame2(0, 2, 2, StreamBytes.GRAYSCALE, bytes(0, 77, 200, 255)).toByteArray());

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(row(image, 0)).containsExactly(0, 77);
        assertThat(row(image, 1)).containsExactly(200, 255);
    }

    @Test
    void rgb565IsLittleEndianWithBitReplication() throws IOException {
        byte[] data = bytes(0x00, 0xF8, 0xE0, 0x07, 0x1F, 0x00, 0x10, 0x84);
        BufferedImage image = readFirst(StreamBytes.version("2.0").frame2(0, 4, 1, StreamBytes.RGB565, data).toByteArray());

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        // 0x8410: r5 = 16 -> 132, g6 = 32 -> 130, b5 = 16 -> 132
        assertThat(rgbRow(image, 0)).containsExactly(0xFF0000, 0x00FF00, 0x0000FF, 0x848284);
    }

    @Test
    void version10StoresRgb565BigEndianAndVersion11LittleEndian() throws IOException {
        BufferedImage v10 = readFirst(StreamBytes.version("1.0").frame1(0, 2, 1, 2, bytes(0xF8, 0x00, 0x00, 0x1F)).toByteArray());
        BufferedImage v11 = readFirst(StreamBytes.version("1.1").frame1(0, 2, 1, 2, bytes(0x00, 0xF8, 0x1F, 0x00)).toByteArray());

        assertThat(rgbRow(v10, 0)).containsExactly(0xFF0000, 0x0000FF);
        assertThat(rgbRow(v11, 0)).containsExactly(0xFF0000, 0x0000FF);
    }

    @Test
    void version1BppFieldsNameBinaryGrayscaleAndBayer() throws IOException {
        byte[] stream = StreamBytes.version("1.1")
                .frame1(0, 1, 1, 0, bytes(1, 0, 0, 0))
                .frame1(0, 1, 1, 1, bytes(99))
                .frame1(0, 2, 2, 3, bytes(10, 20, 30, 40))
                .toByteArray();
        OpenMvImageReader reader = Plugins.readerOf(stream);
        OpenMvImageReadParam raw = reader.getDefaultReadParam();
        raw.setRawBayer(true);

        assertThat(grey(reader.read(0), 0, 0)).isEqualTo(255);
        assertThat(grey(reader.read(1), 0, 0)).isEqualTo(99);
        assertThat(row(reader.read(2, raw), 1)).containsExactly(30, 40);
        assertThat(((OpenMvFrameMetadata) reader.getImageMetadata(2)).pixelFormat()).contains(dev.omvio.image.PixelFormat.BAYER_BGGR);
    }

    /**
     * The firmware's image_size() has no ARGB8 case: the camera writes an ARGB8 frame as its
     * header alone and reads 0 bytes for it. The frame is listed; decoding it is an error that
     * says so; the frame after it reads normally.
     */
    @Test
    void anArgb8FrameHasNoPixelsAndTheNextFrameReadsNormally() throws IOException {
        OpenMvImageReader reader = Plugins.readerOf(StreamBytes.version("2.0")
                .frame2(0, 2, 1, StreamBytes.ARGB8, new byte[0])
                .frame2(0, 1, 1, StreamBytes.GRAYSCALE, bytes(99))
                .toByteArray());

        assertThat(reader.getNumImages(true)).isEqualTo(2);
        assertThat(reader.getWidth(0)).isEqualTo(2);
        assertThatThrownBy(() -> reader.read(0)).isInstanceOf(IOException.class)
                .hasMessageContaining("the camera stores no pixels for ARGB8 frames");
        assertThat(grey(reader.read(1), 0, 0)).isEqualTo(99);
    }

    @Test
    void yuv422PairsShareChromaWithTheFirmwareArithmetic() throws IOException {
        // Y0=100 U=160 Y1=200 V=96: a = 32, b = -32. R = Y + (179*32 >> 7) = Y + 44,
        // G = Y - ((44*-32 + 91*32) >> 7) = Y - 11, B = Y + (227*-32 >> 7) = Y - 57.
        BufferedImage image = readFirst(StreamBytes.version("2.0")
                .frame2(0, 2, 1, StreamBytes.YUV422, bytes(100, 160, 200, 96)).toByteArray());

        assertThat(rgbRow(image, 0)).containsExactly(rgb(144, 89, 43), rgb(244, 189, 143));
    }

    @Test
    void yvu422SwapsTheChromaBytes() throws IOException {
        // Same bytes: a = -32, b = 32. R = Y + (-5728 >> 7) = Y - 45, G = Y - (-1504 >> 7) = Y + 12,
        // B = Y + (7264 >> 7) = Y + 56, clamped to 255.
        BufferedImage image = readFirst(StreamBytes.version("2.0")
                .frame2(0, 2, 1, StreamBytes.YVU422, bytes(100, 160, 200, 96)).toByteArray());

        assertThat(rgbRow(image, 0)).containsExactly(rgb(55, 112, 156), rgb(155, 212, 255));
    }

    @ParameterizedTest
    @CsvSource({"BGGR, 0x05040001", "GBRG, 0x05040101", "GRBG, 0x05040201", "RGGB, 0x05040301"})
    void bayerFramesAreDemosaicedByDefaultWithThePatternTheirCodeNames(String pattern, String code) throws IOException {
        byte[] mosaic = flatMosaic(pattern, 4, 4);
        byte[] stream = StreamBytes.version("2.0").frame2(0, 4, 4, Integer.decode(code), mosaic).toByteArray();

        BufferedImage image = readFirst(stream);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(allRgb(image)).containsOnly(rgb(200, 100, 50));
    }

    @ParameterizedTest
    @EnumSource(value = BayerAlgorithm.class, names = {"BILINEAR", "EDGE_AWARE"})
    void theDemosaicAlgorithmIsChosenThroughTheReadParam(BayerAlgorithm algorithm) throws IOException {
        OpenMvImageReader reader = Plugins.readerOf(StreamBytes.version("2.0")
                .frame2(0, 6, 4, StreamBytes.BAYER_RGGB, flatMosaic("RGGB", 6, 4)).toByteArray());
        OpenMvImageReadParam param = reader.getDefaultReadParam();
        param.setBayerAlgorithm(algorithm);

        BufferedImage image = reader.read(0, param);

        assertThat(image.getWidth()).isEqualTo(6);
        assertThat(allRgb(image)).containsOnly(rgb(200, 100, 50));
    }

    @Test
    void theCamerasOwnDemosaicIsSelectable() throws IOException {
        OpenMvImageReader reader = Plugins.readerOf(StreamBytes.version("2.0")
                .frame2(0, 6, 4, StreamBytes.BAYER_RGGB, flatMosaic("RGGB", 6, 4)).toByteArray());
        OpenMvImageReadParam param = reader.getDefaultReadParam();
        param.setBayerAlgorithm(BayerAlgorithm.CAMERA);

        BufferedImage image = reader.read(0, param);

        // (200, 100, 50) through RGB565 and back: 200 -> r5 25 -> 200 | 6 = 206; 100 -> g6 25 -> 100 | 1 = 101;
        // 50 -> b5 6 -> 48 | 1 = 49. The firmware's last column of an even width is its own right
        // neighbour: (5, 0) is green, red = (200 + 100) >> 1 = 150 -> r5 18 -> 144 | 4 = 148.
        assertThat(Plugins.rgb(image, 2, 1)).isEqualTo(rgb(206, 101, 49));
        assertThat(Plugins.rgb(image, 5, 0)).isEqualTo(rgb(148, 101, 49));
    }

    @Test
    void halfSizeDemosaicGivesOnePixelPerTile() throws IOException {
        OpenMvImageReader reader = Plugins.readerOf(StreamBytes.version("2.0")
                .frame2(0, 6, 4, StreamBytes.BAYER_GBRG, flatMosaic("GBRG", 6, 4)).toByteArray());
        OpenMvImageReadParam param = reader.getDefaultReadParam();
        param.setBayerAlgorithm(BayerAlgorithm.HALF_SIZE);

        BufferedImage image = reader.read(0, param);

        assertThat(image.getWidth()).isEqualTo(3);
        assertThat(image.getHeight()).isEqualTo(2);
        assertThat(allRgb(image)).containsOnly(rgb(200, 100, 50));
        assertThat(reader.getWidth(0)).as("the stored size").isEqualTo(6);
    }

    @Test
    void theRawMosaicIsReadAsGreyWhenAsked() throws IOException {
        byte[] mosaic = bytes(1, 2, 3, 4, 5, 6, 7, 8);
        OpenMvImageReader reader = Plugins.readerOf(StreamBytes.version("2.0")
                .frame2(0, 4, 2, StreamBytes.BAYER_GRBG, mosaic).toByteArray());
        OpenMvImageReadParam param = reader.getDefaultReadParam();
        param.setRawBayer(true);

        BufferedImage image = reader.read(0, param);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(row(image, 0)).containsExactly(1, 2, 3, 4);
        assertThat(row(image, 1)).containsExactly(5, 6, 7, 8);
        assertThat(types(reader, 0)).containsExactly(BufferedImage.TYPE_INT_RGB,
                BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_BGR);
    }

    @Test
    void jpegFramesAreDecodedByTheCodecs() throws IOException {
        byte[] jpeg = CameraImages.bytes("compressed.jpeg");
        BufferedImage reference = ImageIO.read(new ByteArrayInputStream(jpeg));
        byte[] stream = StreamBytes.version("2.0").frame2(0, reference.getWidth(), reference.getHeight(),
                StreamBytes.JPEG, jpeg).toByteArray();

        OpenMvImageReader reader = Plugins.readerOf(stream);
        List<Integer> types = types(reader, 0);
        BufferedImage image = reader.read(0);

        assertThat(image.getRaster().getNumBands()).isEqualTo(3);
        assertThat(types).first().as("the decoded type is offered first").isEqualTo(image.getType());
        assertThat(image.getWidth()).isEqualTo(reference.getWidth());
        assertThat(image.getHeight()).isEqualTo(reference.getHeight());
        assertThat(meanAbsoluteDifference(image, reference)).isLessThan(2.0);
    }

    @Test
    void version1JpegFramesCarryTheirSizeInTheBppField() throws IOException {
        byte[] jpeg = CameraImages.bytes("compressed.jpeg");
        BufferedImage reference = ImageIO.read(new ByteArrayInputStream(jpeg));
        byte[] stream = StreamBytes.version("1.1").frame1(0, reference.getWidth(), reference.getHeight(),
                jpeg.length, jpeg).toByteArray();

        BufferedImage image = readFirst(stream);

        assertThat(meanAbsoluteDifference(image, reference)).isLessThan(2.0);
    }

    @Test
    void greyJpegFramesAreReadAsGrey() throws IOException {
        BufferedImage cat = CameraImages.cat();
        byte[] jpeg = encode(cat, "jpeg");
        OpenMvImageReader reader = Plugins.readerOf(StreamBytes.version("2.0")
                .frame2(0, 320, 240, StreamBytes.JPEG, jpeg).toByteArray());

        assertThat(types(reader, 0)).containsExactly(BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage image = reader.read(0);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(meanAbsoluteDifference(image, cat)).isLessThan(4.0);
    }

    @Test
    void pngFramesAreDecodedExactly() throws IOException {
        BufferedImage csi = CameraImages.csi();
        byte[] stream = StreamBytes.version("2.0").frame2(0, 160, 120, StreamBytes.PNG, encode(csi, "png")).toByteArray();

        BufferedImage image = readFirst(stream);

        assertThat(allRgb(image)).containsExactlyElementsOf(allRgb(csi));
    }

    @Test
    void imageTypesFollowEachFramesFormat() throws IOException {
        OpenMvImageReader reader = Plugins.readerOf(StreamBytes.version("2.0")
                .frame2(0, 1, 1, StreamBytes.GRAYSCALE, bytes(1))
                .frame2(0, 1, 1, StreamBytes.YUV422, bytes(1, 2))
                .frame2(0, 1, 1, StreamBytes.ARGB8, new byte[0]) // the camera stores no ARGB8 pixels
                .frame2(0, 1, 1, StreamBytes.BINARY, bytes(1, 0, 0, 0))
                .toByteArray());

        // After the 8-bit types, the one natural to the format: 16-bit grey for GRAYSCALE, 1-bit for BINARY.
        assertThat(types(reader, 0)).containsExactly(BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY);
        assertThat(types(reader, 1)).containsExactly(BufferedImage.TYPE_INT_RGB,
                BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_BGR);
        assertThat(types(reader, 2)).containsExactly(BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_4BYTE_ABGR);
        assertThat(types(reader, 3)).containsExactly(BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_BYTE_BINARY);
    }

    // A Bayer mosaic of a flat field R=200, G=100, B=50 whose top-left tile is `pattern`.
    static byte[] flatMosaic(String pattern, int width, int height) {
        byte[] mosaic = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                char colour = pattern.charAt((y % 2) * 2 + x % 2);
                mosaic[y * width + x] = (byte) (colour == 'R' ? 200 : colour == 'G' ? 100 : 50);
            }
        }
        return mosaic;
    }

    static int rgb(int r, int g, int b) {
        return r << 16 | g << 8 | b;
    }

    static List<Integer> row(BufferedImage image, int y) {
        List<Integer> row = new ArrayList<>();
        for (int x = 0; x < image.getWidth(); x++) {
            row.add(grey(image, x, y));
        }
        return row;
    }

    static List<Integer> rgbRow(BufferedImage image, int y) {
        List<Integer> row = new ArrayList<>();
        for (int x = 0; x < image.getWidth(); x++) {
            row.add(Plugins.rgb(image, x, y));
        }
        return row;
    }

    static List<Integer> allRgb(BufferedImage image) {
        List<Integer> all = new ArrayList<>();
        for (int y = 0; y < image.getHeight(); y++) {
            all.addAll(rgbRow(image, y));
        }
        return all;
    }

    static List<Integer> types(OpenMvImageReader reader, int index) throws IOException {
        List<Integer> types = new ArrayList<>();
        reader.getImageTypes(index).forEachRemaining((ImageTypeSpecifier type) -> types.add(type.getBufferedImageType()));
        return types;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    // Mean over all samples of |a - b|, by raster samples (both images of the same bands).
    static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
        long total = 0;
        int bands = a.getRaster().getNumBands();
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                for (int band = 0; band < bands; band++) {
                    total += Math.abs(a.getRaster().getSample(x, y, band) - b.getRaster().getSample(x, y, band));
                }
            }
        }
        return (double) total / ((long) a.getWidth() * a.getHeight() * bands);
    }
}
