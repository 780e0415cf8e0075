package dev.omvio.bridge.javax;

import dev.omvio.image.PixelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormat;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import java.io.IOException;

import static dev.omvio.bridge.javax.StreamBytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stream and frame metadata in the native formats and the standard tree, and their format descriptions. */
class MetadataTest {
    private static final String STANDARD = IIOMetadataFormatImpl.standardMetadataFormatName;

    @ParameterizedTest
    @CsvSource({"1.0, 33, 33000", "1.1, 33, 33000", "2.0, 40, 40000", "2.1, 40, 40"})
    void intervalsAreMicrosecondsWhateverTheVersionStores(String version, int stored, long micros) throws IOException {
        StreamBytes stream = StreamBytes.version(version);
        stream = version.startsWith("1")
                ? stream.frame1(stored, 1, 1, 1, bytes(9))
                : stream.frame2(stored, 1, 1, StreamBytes.GRAYSCALE, bytes(9));
        OpenMvImageReader reader = Plugins.readerOf(stream.toByteArray());

        OpenMvFrameMetadata frame = (OpenMvFrameMetadata) reader.getImageMetadata(0);
        OpenMvStreamMetadata whole = (OpenMvStreamMetadata) reader.getStreamMetadata();

        assertThat(frame.intervalMicros()).isEqualTo(micros);
        assertThat(whole.version()).isEqualTo(version);
        assertThat(whole.frameCount()).isEqualTo(1);
    }

    @Test
    void theNativeFrameTreeHoldsEveryValue() throws IOException {
        OpenMvImageReader reader = Plugins.readerOf(StreamBytes.version("2.0")
                .frame2(40, 2, 1, StreamBytes.GRAYSCALE, bytes(5, 6))
                .frame2(50, 3, 2, StreamBytes.RGB565, new byte[12])
                .toByteArray());

        Element root = (Element) reader.getImageMetadata(1).getAsTree(OpenMvFrameMetadata.NATIVE_FORMAT_NAME);

        assertThat(root.getNodeName()).isEqualTo("OpenMVFrame");
        assertThat(root.getAttribute("index")).isEqualTo("1");
        assertThat(root.getAttribute("pixelFormat")).isEqualTo("RGB565");
        assertThat(root.getAttribute("width")).isEqualTo("3");
        assertThat(root.getAttribute("height")).isEqualTo("2");
        assertThat(root.getAttribute("intervalMicros")).isEqualTo("50000");
        assertThat(root.getAttribute("dataSize")).isEqualTo("12");
        assertThat(root.getAttribute("fileOffset")).isEqualTo("64");
        assertThat(root.getAttributes().getLength()).isEqualTo(7);
        assertThat(root.hasChildNodes()).isFalse();
    }

    @Test
    void theNativeStreamTreeHoldsVersionCountAndTheDamagedTail() throws IOException {
        byte[] stream = StreamBytes.version("2.1").frame2(0, 1, 1, StreamBytes.GRAYSCALE, bytes(1)).raw(bytes(1, 2, 3)).toByteArray();
        IIOMetadata metadata = Plugins.readerOf(stream).getStreamMetadata();

        Element root = (Element) metadata.getAsTree(OpenMvStreamMetadata.NATIVE_FORMAT_NAME);

        assertThat(root.getNodeName()).isEqualTo("OpenMVStream");
        assertThat(root.getAttribute("version")).isEqualTo("2.1");
        assertThat(root.getAttribute("frameCount")).isEqualTo("1");
        Element tail = (Element) root.getFirstChild();
        assertThat(tail.getNodeName()).isEqualTo("DamagedTail");
        assertThat(tail.getAttribute("offset")).isEqualTo("64");
        assertThat(tail.getAttribute("reason")).isEqualTo("chunk header cut short: 3 of 32 bytes");
        assertThat(metadata.isStandardMetadataFormatSupported()).isFalse();
        assertThat(metadata.isReadOnly()).isTrue();
        assertThatThrownBy(() -> metadata.mergeTree(OpenMvStreamMetadata.NATIVE_FORMAT_NAME, root))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "0x08010000, GRAY, 1, 1", "0x08020001, GRAY, 1, 8", "0x0C030002, RGB, 3, 5 6 5",
        "0x05040301, RGB, 3, 8", "0x14050002, RGB, 3, 8 8 8", "0x0C080004, RGB, 4, 8 8 8 8"})
    void theStandardTreeStatesChromaAndSampleBitsOfRawFormats(String code, String space, String channels, String bits)
            throws IOException {
        int format = Integer.decode(code);
        PixelFormat pixelFormat = PixelFormat.ofCode(format).orElseThrow();
        byte[] data = new byte[(int) pixelFormat.dataSize(2, 2)];
        IIOMetadata metadata = Plugins.readerOf(StreamBytes.version("2.0").frame2(0, 2, 2, format, data).toByteArray())
                .getImageMetadata(0);

        Node root = metadata.getAsTree(STANDARD);

        assertThat(value(root, "Chroma", "ColorSpaceType", "name")).isEqualTo(space);
        assertThat(value(root, "Chroma", "NumChannels", "value")).isEqualTo(channels);
        assertThat(value(root, "Data", "BitsPerSample", "value")).isEqualTo(bits);
        assertThat(child(root, "Compression")).isNull();
        assertThat(child(root, "Transparency") != null).isEqualTo(pixelFormat == PixelFormat.ARGB8);
    }

    @Test
    void theStandardTreeOfACompressedFrameNamesItsCompression() throws IOException {
        byte[] png = PixelFormatReadTest.encode(CameraImages.csi(), "png");
        IIOMetadata metadata = Plugins.readerOf(StreamBytes.version("2.0").frame2(0, 160, 120, StreamBytes.PNG, png).toByteArray())
                .getImageMetadata(0);

        Node root = metadata.getAsTree(STANDARD);

        assertThat(value(root, "Compression", "CompressionTypeName", "value")).isEqualTo("PNG");
        assertThat(value(root, "Compression", "Lossless", "value")).isEqualTo("TRUE");
        assertThat(child(root, "Chroma")).as("only decoding tells grey from colour").isNull();
    }

    @Test
    void readMetadataIsReadOnlyAndItsWritableCopyIsNot() throws IOException {
        OpenMvFrameMetadata read = (OpenMvFrameMetadata) Plugins.readerOf(ReadParamTest.greyFrame(2, 2)).getImageMetadata(0);

        assertThat(read.isReadOnly()).isTrue();
        assertThatThrownBy(() -> read.setIntervalMicros(5)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(read::reset).isInstanceOf(IllegalStateException.class);
        OpenMvFrameMetadata copy = read.writableCopy();
        copy.setIntervalMicros(5);
        assertThat(copy.intervalMicros()).isEqualTo(5);
        assertThat(copy.pixelFormat()).contains(PixelFormat.GRAYSCALE);
    }

    @Test
    void aNativeTreeMergesIntoWritableMetadata() throws Exception {
        OpenMvFrameMetadata metadata = new OpenMvFrameMetadata();
        IIOMetadataNode root = new IIOMetadataNode("OpenMVFrame");
        root.setAttribute("pixelFormat", "bayer");
        root.setAttribute("intervalMicros", "33333");

        metadata.mergeTree(OpenMvFrameMetadata.NATIVE_FORMAT_NAME, root);

        assertThat(metadata.pixelFormat()).contains(PixelFormat.BAYER_BGGR);
        assertThat(metadata.intervalMicros()).isEqualTo(33333);
        metadata.reset();
        assertThat(metadata.pixelFormat()).isEmpty();
        assertThat(metadata.intervalMicros()).isZero();
    }

    @Test
    void invalidTreesAreRefused() {
        OpenMvFrameMetadata metadata = new OpenMvFrameMetadata();
        IIOMetadataNode badFormat = new IIOMetadataNode("OpenMVFrame");
        badFormat.setAttribute("pixelFormat", "RGB888");
        IIOMetadataNode negative = new IIOMetadataNode("OpenMVFrame");
        negative.setAttribute("intervalMicros", "-1");

        assertThatThrownBy(() -> metadata.mergeTree(OpenMvFrameMetadata.NATIVE_FORMAT_NAME, badFormat))
                .isInstanceOf(IIOInvalidTreeException.class).hasMessageContaining("RGB888");
        assertThatThrownBy(() -> metadata.mergeTree(OpenMvFrameMetadata.NATIVE_FORMAT_NAME, negative))
                .isInstanceOf(IIOInvalidTreeException.class).hasMessageContaining("intervalMicros '-1' out of range");
        assertThatThrownBy(() -> metadata.mergeTree(OpenMvFrameMetadata.NATIVE_FORMAT_NAME, new IIOMetadataNode("Other")))
                .isInstanceOf(IIOInvalidTreeException.class);
        assertThatThrownBy(() -> metadata.getAsTree("some_other_format")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProvidersDescribeBothNativeFormats() {
        ImageReader reader = Plugins.reader();
        IIOMetadataFormat frame = reader.getOriginatingProvider().getImageMetadataFormat(OpenMvFrameMetadata.NATIVE_FORMAT_NAME);
        IIOMetadataFormat stream = reader.getOriginatingProvider().getStreamMetadataFormat(OpenMvStreamMetadata.NATIVE_FORMAT_NAME);

        assertThat(frame).isSameAs(OpenMvFrameMetadataFormat.getInstance());
        assertThat(frame.getRootName()).isEqualTo("OpenMVFrame");
        assertThat(frame.getAttributeNames("OpenMVFrame"))
                .containsExactlyInAnyOrder("index", "pixelFormat", "width", "height", "intervalMicros", "dataSize", "fileOffset");
        assertThat(frame.getAttributeEnumerations("OpenMVFrame", "pixelFormat")).hasSize(12).contains("BAYER_RGGB", "ARGB8");
        assertThat(frame.getAttributeMaxValue("OpenMVFrame", "width")).isEqualTo("32767");
        assertThat(stream).isSameAs(OpenMvStreamMetadataFormat.getInstance());
        assertThat(stream.getAttributeEnumerations("OpenMVStream", "version")).containsExactly("1.0", "1.1", "2.0", "2.1");
        assertThat(stream.getChildNames("OpenMVStream")).containsExactly("DamagedTail");
        assertThat(new OpenMvFrameMetadata().getMetadataFormat(OpenMvFrameMetadata.NATIVE_FORMAT_NAME)).isSameAs(frame);
    }

    private static Node child(Node parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeName().equals(name)) {
                return node;
            }
        }
        return null;
    }

    private static String value(Node root, String node, String leaf, String attribute) {
        return ((Element) child(child(root, node), leaf)).getAttribute(attribute);
    }
}
