package dev.omvio.bridge.javax.contract;

import dev.omvio.bridge.javax.OpenMvImageReader;
import dev.omvio.bridge.javax.OpenMvImageReaderSpi;
import dev.omvio.image.PixelFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Frame 0 of every contract file (every pixel format and version) read into every destination
 * type the reader declares, both as a destination type and as a destination image: the image
 * has exactly the declared layout and every sample equals the default read's, scaled to the
 * destination's sample size (whole frames go straight into the types natural to their format,
 * subsampled ones sample by sample: both are checked). Every other type, as destination image or type, is an
 * {@link IIOException}; no type is ever filled with other pixels.
 */
class DestinationTypesTest {
    static Stream<ContractFiles.StreamFile> files() {
        return ContractFiles.all().stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyDeclaredTypeHoldsTheDefaultReadsPixels(ContractFiles.StreamFile file) throws IOException {
        OpenMvImageReader reader = readerOf(file);
        BufferedImage reference = reader.read(0);
        List<ImageTypeSpecifier> declared = declared(reader);
        assertThat(declared.get(0)).as("the default read is the raw image type").isEqualTo(reader.getRawImageType(0));
        assertThat(reference.getColorModel()).isEqualTo(reader.getRawImageType(0).getColorModel());
        assertThat(reference.getSampleModel().getClass()).isEqualTo(reader.getRawImageType(0).getSampleModel().getClass());

        for (ImageTypeSpecifier type : declared) {
            ImageReadParam byType = reader.getDefaultReadParam();
            byType.setDestinationType(type);
            BufferedImage read = reader.read(0, byType);
            assertThat(read.getColorModel()).as(describe(type)).isEqualTo(type.getColorModel());
            assertThat(read.getSampleModel().getClass()).isEqualTo(type.getSampleModel().getClass());
            assertSameSamples(reference, read, describe(type));

            ImageReadParam byImage = reader.getDefaultReadParam();
            BufferedImage given = type.createBufferedImage(reference.getWidth(), reference.getHeight());
            byImage.setDestination(given);
            assertThat(reader.read(0, byImage)).isSameAs(given);
            assertSameSamples(reference, given, describe(type) + " given");

            // Subsampled: the general path, sample by sample, pixel (x, y) from (1 + 2x, 1 + 3y).
            ImageReadParam subsampled = reader.getDefaultReadParam();
            subsampled.setDestinationType(type);
            subsampled.setSourceSubsampling(2, 3, 1, 1);
            BufferedImage part = reader.read(0, subsampled);
            assertThat(part.getColorModel()).as(describe(type)).isEqualTo(type.getColorModel());
            BufferedImage expected = new BufferedImage(reference.getColorModel(),
                    reference.getRaster().createCompatibleWritableRaster(part.getWidth(), part.getHeight()), false, null);
            for (int y = 0; y < part.getHeight(); y++) {
                for (int x = 0; x < part.getWidth(); x++) {
                    expected.getRaster().setPixel(x, y, reference.getRaster().getPixel(1 + 2 * x, 1 + 3 * y, (int[]) null));
                }
            }
            assertSameSamples(expected, part, describe(type) + " subsampled");
        }
    }

    /**
     * Every standard type and a few specifiers, as destination type and as destination image:
     * either read into with exactly that layout and the default read's samples, or an
     * IIOException. The types the issue names (and every premultiplied or indexed one) are refused
     * unless natural to the frame's format; the declared ones are all accepted.
     */
    @ParameterizedTest
    @MethodSource("files")
    void everyOtherTypeIsReadExactlyOrRefused(ContractFiles.StreamFile file) throws IOException {
        OpenMvImageReader reader = readerOf(file);
        BufferedImage reference = reader.read(0);
        List<ImageTypeSpecifier> declared = declared(reader);
        List<Integer> refused = new ArrayList<>();
        for (ImageTypeSpecifier type : candidates()) {
            ImageReadParam byType = reader.getDefaultReadParam();
            byType.setDestinationType(type);
            ImageReadParam byImage = reader.getDefaultReadParam();
            BufferedImage given = type.createBufferedImage(reference.getWidth(), reference.getHeight());
            byImage.setDestination(given);
            BufferedImage read;
            try {
                read = reader.read(0, byType);
            } catch (IIOException e) {
                assertThatThrownBy(() -> reader.read(0, byImage)).as(describe(type) + " given").isInstanceOf(IIOException.class);
                assertThat(declared).as(describe(type)).doesNotContain(type);
                refused.add(type.getBufferedImageType());
                continue;
            }
            assertThat(read.getColorModel()).as(describe(type)).isEqualTo(type.getColorModel());
            assertSameSamples(reference, read, describe(type));
            assertThat(reader.read(0, byImage)).isSameAs(given);
            assertSameSamples(reference, given, describe(type) + " given");
        }
        assertThat(refused).contains(BufferedImage.TYPE_USHORT_555_RGB, BufferedImage.TYPE_INT_ARGB_PRE,
                BufferedImage.TYPE_4BYTE_ABGR_PRE, BufferedImage.TYPE_BYTE_INDEXED);
        PixelFormat format = file.firstFormat();
        assertThat(refused.contains(BufferedImage.TYPE_USHORT_565_RGB)).isEqualTo(format != PixelFormat.RGB565);
        assertThat(refused.contains(BufferedImage.TYPE_USHORT_GRAY)).isEqualTo(format != PixelFormat.GRAYSCALE);
        assertThat(refused.contains(BufferedImage.TYPE_BYTE_BINARY)).isEqualTo(format != PixelFormat.BINARY);
    }

    /** An RGB565 frame read into USHORT_565_RGB holds the stored 16-bit words themselves. */
    @ParameterizedTest
    @MethodSource("files")
    void rgb565IntoUshort565KeepsTheStoredWords(ContractFiles.StreamFile file) throws IOException {
        if (file.firstFormat() != PixelFormat.RGB565 || !file.path().getFileName().toString().equals("RGB565.bin")) {
            return;
        }
        OpenMvImageReader reader = readerOf(file);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setDestinationType(ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_USHORT_565_RGB));
        BufferedImage image = reader.read(0, param);

        // Version 2.0 layout: 16-byte magic, 32-byte frame header, then the little-endian words.
        ByteBuffer stored = ByteBuffer.wrap(Files.readAllBytes(file.path()), 48, image.getWidth() * image.getHeight() * 2)
                .order(ByteOrder.LITTLE_ENDIAN);
        short[] words = ((DataBufferUShort) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < words.length; i++) {
            assertThat(words[i]).as("pixel %d", i).isEqualTo(stored.getShort());
        }
    }

    // Every standard type, premultiplied alpha included, and a 32-bit packed RGB specifier whose
    // type number is TYPE_INT_RGB although its colour model is not the declared one.
    private static List<ImageTypeSpecifier> candidates() {
        List<ImageTypeSpecifier> types = new ArrayList<>();
        for (int type = BufferedImage.TYPE_INT_RGB; type <= BufferedImage.TYPE_BYTE_INDEXED; type++) {
            types.add(ImageTypeSpecifier.createFromBufferedImageType(type));
        }
        types.add(ImageTypeSpecifier.createPacked(ColorSpace.getInstance(ColorSpace.CS_sRGB),
                0xFF0000, 0xFF00, 0xFF, 0, DataBuffer.TYPE_INT, false));
        return types;
    }

    // Every sample of `actual` is the reference's, scaled from 8 bits to its own sample size.
    private static void assertSameSamples(BufferedImage reference, BufferedImage actual, String what) {
        Raster expected = reference.getRaster();
        Raster got = actual.getRaster();
        assertThat(got.getNumBands()).as(what).isEqualTo(expected.getNumBands());
        int bands = expected.getNumBands();
        int mismatches = 0;
        for (int band = 0; band < bands; band++) {
            long max = (1L << got.getSampleModel().getSampleSize(band)) - 1;
            long referenceMax = (1L << expected.getSampleModel().getSampleSize(band)) - 1;
            for (int y = 0; y < reference.getHeight(); y++) {
                for (int x = 0; x < reference.getWidth(); x++) {
                    long scaled = (expected.getSample(x, y, band) * max + referenceMax / 2) / referenceMax;
                    if (got.getSample(x, y, band) != scaled) {
                        mismatches++;
                    }
                }
            }
        }
        assertThat(mismatches).as(what + ": samples that differ from the default read").isZero();
    }

    private static List<ImageTypeSpecifier> declared(OpenMvImageReader reader) throws IOException {
        List<ImageTypeSpecifier> types = new ArrayList<>();
        for (Iterator<ImageTypeSpecifier> it = reader.getImageTypes(0); it.hasNext(); ) {
            types.add(it.next());
        }
        return types;
    }

    private static OpenMvImageReader readerOf(ContractFiles.StreamFile file) throws IOException {
        OpenMvImageReader reader = (OpenMvImageReader) new OpenMvImageReaderSpi().createReaderInstance(null);
        ImageInputStream in = ImageIO.createImageInputStream(file.path().toFile());
        reader.setInput(in);
        return reader;
    }

    private static String describe(ImageTypeSpecifier type) {
        return "type " + type.getBufferedImageType() + " " + type.getColorModel();
    }
}
