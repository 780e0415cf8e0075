package dev.omvio.bridge.javax;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOWriteProgressListener;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.omvio.bridge.javax.PixelFormatReadTest.row;
import static dev.omvio.bridge.javax.StreamBytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The writer through ImageIO: exact bytes, the pixel format choice, sequences, params and errors. */
class WriterTest {
    private static final byte[] MAGIC_20 = "OMV IMG STR V2.0".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void oneGreyImageIsAVersion20StreamOfOneChunk() throws IOException {
        BufferedImage image = grey(2, 1, 5, 6);

        byte[] written = write(image);

        byte[] expected = new byte[64];
        System.arraycopy(MAGIC_20, 0, expected, 0, 16);
        byte[] header = bytes(0, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0x01, 0x00, 0x02, 0x08, 2, 0, 0, 0);
        System.arraycopy(header, 0, expected, 16, header.length);
        expected[48] = 5;
        expected[49] = 6;
        assertThat(written).containsExactly(expected);
    }

    @ParameterizedTest
    // TYPE_INT_ARGB (2) is written as PNG, which keeps alpha: the camera stores no ARGB8 pixels
    @CsvSource({"1, 0x0C030002", "2, 0x06070000", "12, 0x08010000", "10, 0x08020001", "5, 0x0C030002"})
    void theDefaultFormatFollowsTheImage(int bufferedImageType, String code) throws IOException {
        byte[] written = write(new BufferedImage(4, 2, bufferedImageType));

        assertThat(u32(written, 28)).isEqualTo(Integer.decode(code));
    }

    @ParameterizedTest
    @CsvSource({"RGB565", "GRAYSCALE", "BINARY", "PNG", "JPEG", "BAYER_BGGR", "BAYER_GBRG", "BAYER_GRBG",
        "BAYER_RGGB", "YUV422", "YVU422"})
    void everyCompressionTypeWritesThatPixelFormat(String type) throws IOException {
        OpenMvImageWriteParam param = Plugins.writer().getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(type);

        byte[] written = write(new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB), param);

        assertThat(u32(written, 28)).isEqualTo(PixelFormat.forName(type).code());
        assertThat(((OpenMvFrameMetadata) Plugins.readerOf(written).getImageMetadata(0)).pixelFormat())
                .contains(PixelFormat.forName(type));
    }

    @Test
    void rgb565KeepsTheTopBitsOfEachChannel() throws IOException {
        BufferedImage csi = crop(CameraImages.csi(), 24, 16);

        BufferedImage back = Plugins.readFirst(write(csi, explicit("RGB565")));

        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 24; x++) {
                int rgb = csi.getRGB(x, y);
                int r5 = (rgb >> 19) & 0x1F;
                int g6 = (rgb >> 10) & 0x3F;
                int b5 = (rgb >> 3) & 0x1F;
                int expected = ((r5 << 3) | (r5 >> 2)) << 16 | ((g6 << 2) | (g6 >> 4)) << 8 | ((b5 << 3) | (b5 >> 2));
                assertThat(Plugins.rgb(back, x, y)).isEqualTo(expected);
            }
        }
    }

    @Test
    void grayscaleOfAColourImageIsTheFirmwaresLuma() throws IOException {
        BufferedImage csi = crop(CameraImages.csi(), 24, 16);

        BufferedImage back = Plugins.readFirst(write(csi, explicit("GRAYSCALE")));

        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 24; x++) {
                int rgb = csi.getRGB(x, y);
                int luma = (((rgb >> 16) & 0xFF) * 38 + ((rgb >> 8) & 0xFF) * 75 + (rgb & 0xFF) * 15) >> 7;
                assertThat(Plugins.grey(back, x, y)).isEqualTo(luma);
            }
        }
    }

    @Test
    void pngAndArgb8AreExact() throws IOException {
        BufferedImage csi = CameraImages.csi();
        BufferedImage argb = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0x80112233);
        argb.setRGB(1, 0, 0x00FFFFFF);
        argb.setRGB(2, 0, 0xFF010203);

        BufferedImage png = Plugins.readFirst(write(csi, explicit("PNG")));
        BufferedImage argbBack = Plugins.readFirst(write(argb));

        assertThat(PixelFormatReadTest.allRgb(png)).containsExactlyElementsOf(PixelFormatReadTest.allRgb(csi));
        assertThat(argbBack.getRGB(0, 0)).isEqualTo(0x80112233);
        assertThat(argbBack.getRGB(1, 0)).isEqualTo(0x00FFFFFF);
        assertThat(argbBack.getRGB(2, 0)).isEqualTo(0xFF010203);
    }

    @Test
    void binaryImagesRoundTrip() throws IOException {
        BufferedImage binary = new BufferedImage(35, 2, BufferedImage.TYPE_BYTE_BINARY);
        binary.setRGB(0, 0, 0xFFFFFF);
        binary.setRGB(33, 1, 0xFFFFFF);

        byte[] written = write(binary);
        BufferedImage back = Plugins.readFirst(written);

        assertThat(u32(written, 28)).isEqualTo(PixelFormat.BINARY.code());
        assertThat(u32(written, 48)).as("row 0, word 0").isEqualTo(1);
        assertThat(u32(written, 56)).as("row 1, word 0").isZero();
        assertThat(u32(written, 60)).as("row 1, word 1: pixel 33").isEqualTo(2);
        assertThat(Plugins.grey(back, 0, 0)).isEqualTo(255);
        assertThat(Plugins.grey(back, 1, 0)).isZero();
        assertThat(Plugins.grey(back, 33, 1)).isEqualTo(255);
    }

    @ParameterizedTest
    @CsvSource({"BAYER_BGGR, BGGR", "BAYER_GBRG, GBRG", "BAYER_GRBG, GRBG", "BAYER_RGGB, RGGB"})
    void bayerFramesSampleTheChannelTheirPatternNames(String type, String pattern) throws IOException {
        BufferedImage csi = crop(CameraImages.csi(), 8, 6);
        OpenMvImageReader reader = Plugins.readerOf(write(csi, explicit(type)));
        OpenMvImageReadParam raw = reader.getDefaultReadParam();
        raw.setRawBayer(true);

        BufferedImage mosaic = reader.read(0, raw);

        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 8; x++) {
                char colour = pattern.charAt((y % 2) * 2 + x % 2);
                int shift = colour == 'R' ? 16 : colour == 'G' ? 8 : 0;
                assertThat(Plugins.grey(mosaic, x, y)).isEqualTo((csi.getRGB(x, y) >> shift) & 0xFF);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"YUV422", "YVU422"})
    void yuvFramesOfGreyPixelsRoundTrip(String type) throws IOException {
        BufferedImage greys = new BufferedImage(4, 1, BufferedImage.TYPE_INT_RGB);
        int[] levels = {0, 77, 128, 255};
        for (int x = 0; x < 4; x++) {
            greys.setRGB(x, 0, levels[x] * 0x010101);
        }

        BufferedImage back = Plugins.readFirst(write(greys, explicit(type)));

        assertThat(PixelFormatReadTest.rgbRow(back, 0)).containsExactly(0, 77 * 0x010101, 128 * 0x010101, 0xFFFFFF);
    }

    @Test
    void jpegQualityIsTheCompressionQuality() throws IOException {
        BufferedImage csi = CameraImages.csi();
        OpenMvImageWriteParam low = explicit("JPEG");
        low.setCompressionQuality(0.1f);
        OpenMvImageWriteParam high = explicit("JPEG");
        high.setCompressionQuality(1.0f);

        byte[] small = write(csi, low);
        byte[] large = write(csi, high);
        BufferedImage back = Plugins.readFirst(large);

        assertThat(u32(small, 32)).isLessThan(u32(large, 32) / 2);
        assertThat(PixelFormatReadTest.meanAbsoluteDifference(back, csi)).isLessThan(3.0);
    }

    @Test
    void greyImagesBecomeGreyJpegs() throws IOException {
        BufferedImage cat = CameraImages.cat();

        OpenMvImageReader reader = Plugins.readerOf(write(cat, explicit("JPEG")));

        assertThat(PixelFormatReadTest.types(reader, 0)).containsExactly(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(PixelFormatReadTest.meanAbsoluteDifference(reader.read(0), cat)).isLessThan(3.0);
    }

    @Test
    void theWriteParamNamesEveryPixelFormat() {
        OpenMvImageWriteParam param = Plugins.writer().getDefaultWriteParam();

        assertThat(param.getCompressionTypes()).containsExactly(Arrays.stream(PixelFormat.values())
                .filter(format -> format != PixelFormat.ARGB8).map(Enum::name).toArray(String[]::new));
        assertThat(param.getCompressionMode()).isEqualTo(ImageWriteParam.MODE_COPY_FROM_METADATA);
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("PNG");
        assertThat(param.isCompressionLossless()).isTrue();
        param.setCompressionType("JPEG");
        assertThat(param.isCompressionLossless()).isFalse();
        assertThat(param.getCompressionQuality()).isEqualTo(0.9f);
        assertThatThrownBy(() -> param.setCompressionType("RGB888")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> param.setCompressionType("ARGB8")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anImageWithAlphaIsWrittenAsPngAndKeepsItsAlpha() throws IOException {
        BufferedImage argb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0x80332211);
        argb.setRGB(1, 0, 0xFF030201);

        byte[] written = write(argb);

        assertThat(u32(written, 28)).isEqualTo(PixelFormat.PNG.code());
        BufferedImage back = Plugins.readFirst(written);
        assertThat(back.getRGB(0, 0)).isEqualTo(0x80332211);
        assertThat(back.getRGB(1, 0)).isEqualTo(0xFF030201);
    }

    @Test
    void metadataNamingArgb8GivesPng() throws IOException {
        OpenMvImageWriter writer = Plugins.writer();
        OpenMvFrameMetadata metadata = (OpenMvFrameMetadata) writer.getDefaultImageMetadata(
                ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_INT_RGB), null);
        metadata.setPixelFormat(PixelFormat.ARGB8);
        byte[] written = write(new IIOImage(new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB), null, metadata), null);

        assertThat(u32(written, 28)).isEqualTo(PixelFormat.PNG.code());
    }

    @Test
    void aSequenceHoldsFramesOfAnySizeAndFormatWithTheirIntervals() throws IOException {
        ImageWriter writer = Plugins.writer();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(grey(2, 1, 5, 6), null, interval(40_000)), null);
            writer.writeToSequence(new IIOImage(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), null, interval(1_500)), null);
            writer.writeToSequence(new IIOImage(grey(1, 1, 9), null, null), explicit("PNG"));
            writer.endWriteSequence();
        }
        byte[] written = bytes.toByteArray();

        assertThat(writer.canWriteSequence()).isTrue();
        assertThat(u32(written, 16)).as("stored ms").isEqualTo(40);
        assertThat(u32(written, 64)).as("1.5 ms truncated").isEqualTo(1);
        assertThat(u32(written, 112)).isZero();
        OpenMvImageReader reader = Plugins.readerOf(written);
        assertThat(reader.getNumImages(true)).isEqualTo(3);
        assertThat(((OpenMvFrameMetadata) reader.getImageMetadata(0)).intervalMicros()).isEqualTo(40_000);
        assertThat(((OpenMvFrameMetadata) reader.getImageMetadata(1)).pixelFormat()).contains(PixelFormat.RGB565);
        assertThat(((OpenMvFrameMetadata) reader.getImageMetadata(2)).pixelFormat()).contains(PixelFormat.PNG);
        assertThat(Plugins.grey(reader.read(2), 0, 0)).isEqualTo(9);
    }

    @Test
    void theFileEngineReadsWhatTheWriterWrites() throws IOException {
        Path file = dir.resolve("rec.bin");
        BufferedImage csi = CameraImages.csi();
        ImageWriter writer = Plugins.writer();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(csi, null, interval(33_000)), null);
            writer.writeToSequence(new IIOImage(csi, null, null), explicit("JPEG"));
            writer.endWriteSequence();
        }

        try (ImageStream stream = ImageStreams.open(file, "r")) {
            assertThat(stream.version()).hasValue(20);
            assertThat(stream.count()).isEqualTo(2);
            assertThat(stream.damagedTail()).isEmpty();
            assertThat(stream.frameInfo(0).intervalMicros()).isEqualTo(33_000);
            assertThat(stream.frameInfo(1).format()).isEqualTo(PixelFormat.JPEG);
            Image frame = stream.readFrame(0);
            OpenMvImageReader reader = Plugins.readerOf(Files.readAllBytes(file));
            assertThat(frame.toByteArray()).containsExactly(Arrays.copyOfRange(Files.readAllBytes(file), 48, 48 + 160 * 120 * 2));
            assertThat(reader.getWidth(0)).isEqualTo(frame.width());
        }
    }

    @Test
    void imageIoWritesAFileThatImageIoReadsBack() throws IOException {
        File file = dir.resolve("one.bin").toFile();
        BufferedImage cat = CameraImages.cat();

        assertThat(ImageIO.write(cat, "openmv", file)).isTrue();
        BufferedImage back = ImageIO.read(file);

        assertThat(file.length()).isEqualTo(16 + 32 + 320 * 240);
        assertThat(PixelFormatReadTest.meanAbsoluteDifference(back, cat)).isZero();
    }

    @Test
    void framesReadWithTheirMetadataAreWrittenBackAsTheyWere() throws IOException {
        byte[] original = StreamBytes.version("2.0")
                .frame2(40, 2, 1, StreamBytes.GRAYSCALE, 2, bytes(5, 6))
                .frame2(50, 2, 2, StreamBytes.BAYER_RGGB, 4, bytes(1, 2, 3, 4))
                .frame2(60, 1, 1, StreamBytes.RGB565, 2, bytes(0x00, 0xF8))
                .toByteArray(); // the size field holds every frame's data size, as the firmware writes it
        OpenMvImageReader reader = Plugins.readerOf(original);
        OpenMvImageReadParam raw = reader.getDefaultReadParam();
        raw.setRawBayer(true);
        ImageWriter writer = Plugins.writer();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < 3; i++) {
                BufferedImage frame = reader.read(i, i == 1 ? raw : null);
                OpenMvFrameMetadata metadata = (OpenMvFrameMetadata) reader.getImageMetadata(i);
                ImageWriteParam param = i == 1 ? explicit("GRAYSCALE") : null; // the raw mosaic is stored as it is
                writer.writeToSequence(new IIOImage(frame, null, metadata), param);
            }
            writer.endWriteSequence();
        }
        byte[] copy = bytes.toByteArray();

        // Frame 1 was written as GRAYSCALE: the same bytes but for its pixel format code.
        byte[] expected = original.clone();
        System.arraycopy(bytes(0x01, 0x00, 0x02, 0x08), 0, expected, 64 + 12, 4);
        assertThat(copy).containsExactly(expected);
    }

    @Test
    void theMetadataPixelFormatIsUsedUnlessTheParamSaysOtherwise() throws IOException {
        BufferedImage colour = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        OpenMvFrameMetadata metadata = new OpenMvFrameMetadata();
        metadata.setPixelFormat(PixelFormat.GRAYSCALE);
        ImageWriteParam byImage = Plugins.writer().getDefaultWriteParam();
        byImage.setCompressionMode(ImageWriteParam.MODE_DEFAULT);

        assertThat(u32(write(new IIOImage(colour, null, metadata), null), 28)).isEqualTo(PixelFormat.GRAYSCALE.code());
        assertThat(u32(write(new IIOImage(colour, null, metadata), byImage), 28)).isEqualTo(PixelFormat.RGB565.code());
        assertThat(u32(write(new IIOImage(colour, null, metadata), explicit("PNG")), 28)).isEqualTo(PixelFormat.PNG.code());
    }

    @Test
    void sourceRegionAndSubsamplingSelectWhatIsWritten() throws IOException {
        BufferedImage image = new BufferedImage(6, 4, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
                image.getRaster().setSample(x, y, 0, 16 * y + x);
            }
        }
        ImageWriteParam param = Plugins.writer().getDefaultWriteParam();
        param.setSourceRegion(new Rectangle(1, 1, 4, 2));
        param.setSourceSubsampling(2, 1, 1, 0);

        BufferedImage back = Plugins.readFirst(write(image, param));

        assertThat(back.getWidth()).isEqualTo(2);
        assertThat(row(back, 0)).containsExactly(18, 20);
        assertThat(row(back, 1)).containsExactly(34, 36);
    }

    @Test
    void defaultMetadataCarriesAnExplicitFormatAndConvertsNativeTrees() throws Exception {
        ImageWriter writer = Plugins.writer();
        ImageTypeSpecifier rgb = ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_INT_RGB);

        OpenMvFrameMetadata defaults = (OpenMvFrameMetadata) writer.getDefaultImageMetadata(rgb, explicit("YUV422"));
        OpenMvFrameMetadata converted = (OpenMvFrameMetadata) writer.convertImageMetadata(interval(7_000), rgb, null);

        assertThat(defaults.pixelFormat()).contains(PixelFormat.YUV422);
        assertThat(defaults.isReadOnly()).isFalse();
        assertThat(converted.intervalMicros()).isEqualTo(7_000);
        assertThat(writer.getDefaultStreamMetadata(null)).isNull();
    }

    @Test
    void errorsAreTheDocumentedExceptions() throws IOException {
        ImageWriter writer = Plugins.writer();
        BufferedImage image = grey(1, 1, 0);

        assertThatThrownBy(() -> writer.write(image)).as("no output").isInstanceOf(IllegalStateException.class);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            assertThatThrownBy(() -> writer.writeToSequence(new IIOImage(image, null, null), null))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(writer::endWriteSequence).isInstanceOf(IllegalStateException.class);
            writer.prepareWriteSequence(null);
            assertThatThrownBy(() -> writer.prepareWriteSequence(null)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> writer.write(image)).isInstanceOf(IllegalStateException.class);
            writer.endWriteSequence();
            assertThatThrownBy(() -> writer.write(new IIOImage(image.getRaster(), null, null)))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> writer.write((IIOImage) null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> writer.write(new BufferedImage(32768, 1, BufferedImage.TYPE_BYTE_GRAY)))
                    .isInstanceOf(IIOException.class).hasMessageContaining("32768x1 is larger than the 32767x32767");
            ImageWriteParam bands = writer.getDefaultWriteParam();
            bands.setSourceBands(new int[] {0});
            assertThatThrownBy(() -> writer.write(null, new IIOImage(image, null, null), bands))
                    .isInstanceOf(IIOException.class).hasMessageContaining("source bands");
        }
        assertThat(bytes.toByteArray()).as("magics only, no partial chunk").hasSize(48);
    }

    @Test
    void anAbortedWriteLeavesNoChunkAndIsReported() throws IOException {
        ImageWriter writer = Plugins.writer();
        List<String> events = new ArrayList<>();
        writer.addIIOWriteProgressListener(new Progress(events, true));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(grey(1, 1, 0));
        }

        assertThat(events).containsExactly("started 0", "progress 50", "aborted");
        assertThat(bytes.toByteArray()).containsExactly(MAGIC_20);
    }

    @Test
    void listenersHearAWriteStartProgressAndComplete() throws IOException {
        ImageWriter writer = Plugins.writer();
        List<String> events = new ArrayList<>();
        writer.addIIOWriteProgressListener(new Progress(events, false));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(grey(1, 1, 0), null, null), null);
            writer.writeToSequence(new IIOImage(grey(1, 1, 0), null, null), null);
            writer.endWriteSequence();
        }

        assertThat(events).containsExactly("started 0", "progress 50", "progress 100", "complete",
                "started 1", "progress 50", "progress 100", "complete");
    }

    @Test
    void anyRenderedImageIsWritten() throws IOException {
        BufferedImage pixels = grey(2, 1, 5, 6);
        RenderedImage rendered = (RenderedImage) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RenderedImage.class}, (proxy, method, args) -> method.invoke(pixels, args));

        byte[] written = write(new IIOImage(rendered, null, null), null);

        assertThat(written).containsExactly(write(pixels));
    }

    /** Records write progress as text; aborts when the first image starts if asked to. */
    private record Progress(List<String> events, boolean abort) implements IIOWriteProgressListener {
        @Override
        public void imageStarted(ImageWriter source, int imageIndex) {
            events.add("started " + imageIndex);
            if (abort) {
                source.abort();
            }
        }

        @Override
        public void imageProgress(ImageWriter source, float percentageDone) {
            events.add("progress " + Math.round(percentageDone));
        }

        @Override
        public void imageComplete(ImageWriter source) {
            events.add("complete");
        }

        @Override
        public void writeAborted(ImageWriter source) {
            events.add("aborted");
        }

        @Override
        public void thumbnailStarted(ImageWriter source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageWriter source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageWriter source) {
        }
    }

    static OpenMvFrameMetadata interval(long micros) {
        OpenMvFrameMetadata metadata = new OpenMvFrameMetadata();
        metadata.setIntervalMicros(micros);
        return metadata;
    }

    static OpenMvImageWriteParam explicit(String type) {
        OpenMvImageWriteParam param = Plugins.writer().getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(type);
        return param;
    }

    static BufferedImage grey(int width, int height, int... levels) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setPixels(0, 0, width, height, levels);
        return image;
    }

    static BufferedImage crop(BufferedImage image, int width, int height) {
        BufferedImage crop = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        crop.getGraphics().drawImage(image, 0, 0, null);
        return crop;
    }

    static byte[] write(BufferedImage image) throws IOException {
        return write(new IIOImage(image, null, null), null);
    }

    static byte[] write(BufferedImage image, ImageWriteParam param) throws IOException {
        return write(new IIOImage(image, null, null), param);
    }

    static byte[] write(IIOImage image, ImageWriteParam param) throws IOException {
        ImageWriter writer = Plugins.writer();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, image, param);
        }
        return bytes.toByteArray();
    }

    static int u32(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16 | (bytes[at + 3] & 0xFF) << 24;
    }
}
