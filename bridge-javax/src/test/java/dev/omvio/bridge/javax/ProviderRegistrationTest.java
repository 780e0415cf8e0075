package dev.omvio.bridge.javax;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The providers as ImageIO finds them on the class path, and how they recognise a stream. */
class ProviderRegistrationTest {
    private final ImageReaderSpi readerSpi = new OpenMvImageReaderSpi();

    @ParameterizedTest
    @ValueSource(strings = {"openmv", "omv", "OpenMV"})
    void readerAndWriterAreFoundByFormatName(String name) {
        assertThat(ImageIO.getImageReadersByFormatName(name).next()).isInstanceOf(OpenMvImageReader.class);
        assertThat(ImageIO.getImageWritersByFormatName(name).next()).isInstanceOf(OpenMvImageWriter.class);
    }

    @Test
    void readerAndWriterAreFoundBySuffixAndMimeType() {
        assertThat(Stream.of(ImageIO.getImageReadersBySuffix("bin").next()))
                .hasOnlyElementsOfType(OpenMvImageReader.class);
        assertThat(ImageIO.getImageReadersByMIMEType("image/x-openmv-stream").next()).isInstanceOf(OpenMvImageReader.class);
        assertThat(ImageIO.getImageWritersBySuffix("bin").next()).isInstanceOf(OpenMvImageWriter.class);
        assertThat(ImageIO.getImageWritersByMIMEType("image/x-openmv-stream").next()).isInstanceOf(OpenMvImageWriter.class);
    }

    @Test
    void readerAndWriterNameEachOther() {
        ImageReader reader = Plugins.reader();
        ImageWriter writer = ImageIO.getImageWriter(reader);
        assertThat(writer).isInstanceOf(OpenMvImageWriter.class);
        assertThat(ImageIO.getImageReader(writer)).isInstanceOf(OpenMvImageReader.class);
        assertThat(reader.getOriginatingProvider().getFormatNames()).containsExactly("openmv", "omv");
        assertThat(reader.getOriginatingProvider().getFileSuffixes()).containsExactly("bin");
        assertThat(reader.getOriginatingProvider().getMIMETypes()).containsExactly("image/x-openmv-stream");
        assertThat(reader.getOriginatingProvider().getInputTypes()).containsExactly(ImageInputStream.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.1", "2.0", "2.1"})
    void everyKnownVersionIsRecognisedAndThePositionIsKept(String version) throws Exception {
        byte[] bytes = concat("xyz".getBytes(StandardCharsets.US_ASCII), StreamBytes.version(version).toByteArray());
        try (ImageInputStream in = Plugins.input(bytes)) {
            in.seek(3);

            assertThat(readerSpi.canDecodeInput(in)).isTrue();
            assertThat(in.getStreamPosition()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"OMV IMG STR V3.0", "OMV IMG STR V2.2", "omv img str v2.0", "GIF89a..........", "OMV IMG STR V2."})
    void otherBytesAreNotRecognisedAndThePositionIsKept(String start) throws Exception {
        try (ImageInputStream in = Plugins.input(start.getBytes(StandardCharsets.US_ASCII))) {
            assertThat(readerSpi.canDecodeInput(in)).isFalse();
            assertThat(in.getStreamPosition()).isZero();
        }
    }

    @Test
    void onlyImageInputStreamsAreDecodable() throws Exception {
        assertThat(readerSpi.canDecodeInput(new File("rec.bin"))).isFalse();
        assertThat(readerSpi.canDecodeInput(StreamBytes.version("2.0").toByteArray())).isFalse();
    }

    @Test
    void theJdkPicksThisReaderForAStreamAmongAllReaders() throws Exception {
        try (ImageInputStream in = Plugins.input(StreamBytes.version("2.0").toByteArray())) {
            List<ImageReader> readers = iterate(ImageIO.getImageReaders(in));

            assertThat(readers).hasSize(1).first().isInstanceOf(OpenMvImageReader.class);
        }
    }

    private static <T> List<T> iterate(java.util.Iterator<T> iterator) {
        List<T> list = new java.util.ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
