package dev.omvio.bridge.javax;

import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.StreamFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static dev.omvio.bridge.javax.StreamBytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the reader does with input that is not a (whole) stream: the documented exceptions, nothing silent. */
class ErrorsTest {
    private static final byte[] ONE_FRAME = StreamBytes.version("2.0").frame2(0, 2, 1, StreamBytes.GRAYSCALE, bytes(5, 6)).toByteArray();

    @Test
    void aBadMagicIsAnIioExceptionWithTheOffset() {
        ImageReader reader = Plugins.readerOf("GIF89a and more bytes".getBytes());

        assertThatThrownBy(() -> reader.read(0)).isInstanceOf(IIOException.class)
                .hasMessage("at offset 0: not an OpenMV stream: bad magic")
                .cause().isInstanceOfSatisfying(StreamFormatException.class, e -> assertThat(e.offset()).isZero());
    }

    @Test
    void anUnknownVersionIsNamed() {
        ImageReader reader = Plugins.readerOf("OMV IMG STR V3.0".getBytes());

        assertThatThrownBy(() -> reader.getNumImages(true)).isInstanceOf(IIOException.class)
                .hasMessageContaining("unknown version V3.0: expected V1.0, V1.1, V2.0 or V2.1");
    }

    @Test
    void aStreamShorterThanTheMagicIsAnIioException() {
        ImageReader reader = Plugins.readerOf("OMV IMG".getBytes());

        assertThatThrownBy(() -> reader.getWidth(0)).isInstanceOf(IIOException.class)
                .hasMessageContaining("shorter than the 16-byte header");
    }

    @Test
    void imageIoReadOfSomethingElseFindsNoReader() throws IOException {
        assertThat(ImageIO.read(Plugins.input("OMV IMG STR V9.9 and so on".getBytes()))).isNull();
    }

    @Test
    void aLastChunkCutShortIsADamagedTailAndTheFramesBeforeItStay() throws IOException {
        byte[] stream = StreamBytes.version("2.0")
                .frame2(0, 2, 1, StreamBytes.GRAYSCALE, bytes(5, 6))
                .frame2(0, 4, 4, StreamBytes.GRAYSCALE, new byte[16])
                .toByteArray();
        byte[] cut = Arrays.copyOf(stream, 64 + 32 + 10);
        OpenMvImageReader reader = Plugins.readerOf(cut);

        assertThat(reader.getNumImages(true)).isEqualTo(1);
        assertThat(PixelFormatReadTest.row(reader.read(0), 0)).containsExactly(5, 6);
        assertThatThrownBy(() -> reader.read(1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("the stream has 1 whole frames");
        OpenMvStreamMetadata metadata = (OpenMvStreamMetadata) reader.getStreamMetadata();
        assertThat(metadata.frameCount()).isEqualTo(1);
        assertThat(metadata.damagedTail()).contains(new DamagedTail(64, -1,
                "frame data cut short: 16 bytes announced, the stream ends before"));
    }

    @Test
    void aDamagedTailOfAFileHasItsLength(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cut.bin");
        Files.write(file, Arrays.copyOf(ONE_FRAME, 64 + 20));
        OpenMvImageReader reader = Plugins.reader();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);

            OpenMvStreamMetadata metadata = (OpenMvStreamMetadata) reader.getStreamMetadata();

            assertThat(metadata.damagedTail()).contains(new DamagedTail(64, 20, "chunk header cut short: 20 of 32 bytes"));
        }
    }

    @Test
    void anUnknownPixelFormatCodeEndsTheFrames() throws IOException {
        byte[] stream = StreamBytes.version("2.0")
                .frame2(0, 2, 1, StreamBytes.GRAYSCALE, bytes(5, 6))
                .frame2(0, 1, 1, 0x0C090004, new byte[4])
                .toByteArray();
        OpenMvImageReader reader = Plugins.readerOf(stream);

        assertThat(reader.getNumImages(true)).isEqualTo(1);
        assertThat(((OpenMvStreamMetadata) reader.getStreamMetadata()).damagedTail().orElseThrow().reason())
                .isEqualTo("unknown pixel format code 0x0C090004");
    }

    @Test
    void aHugeAnnouncedJpegSizeAllocatesNothing() throws IOException {
        byte[] stream = StreamBytes.version("2.0")
                .frame2(0, 8, 8, StreamBytes.JPEG, 0xFFFFFFF0, bytes(0xFF, 0xD8, 0xFF))
                .toByteArray();
        OpenMvImageReader reader = Plugins.readerOf(stream);

        assertThat(reader.getNumImages(true)).isZero();
        assertThat(((OpenMvStreamMetadata) reader.getStreamMetadata()).damagedTail().orElseThrow().reason())
                .isEqualTo("frame data cut short: 4294967280 bytes announced, the stream ends before");
    }

    @Test
    void dimensionsBeyondTheIdesLimitsEndTheFrames() throws IOException {
        byte[] stream = StreamBytes.version("2.0").frame2(0, 40000, 1, StreamBytes.GRAYSCALE, new byte[16]).toByteArray();

        OpenMvImageReader reader = Plugins.readerOf(stream);

        assertThat(reader.getNumImages(true)).isZero();
        assertThat(((OpenMvStreamMetadata) reader.getStreamMetadata()).damagedTail().orElseThrow().reason())
                .isEqualTo("width of 40000 out of range 1..32767");
    }

    @Test
    void aCorruptJpegIsAnIioExceptionNamingTheFrame() {
        byte[] stream = StreamBytes.version("2.0").frame2(0, 8, 8, StreamBytes.JPEG, bytes(0xFF, 0xD8, 1, 2, 3, 4)).toByteArray();
        ImageReader reader = Plugins.readerOf(stream);

        assertThatThrownBy(() -> reader.read(0)).isInstanceOf(IIOException.class).hasMessageStartingWith("frame 0 ");
    }

    @Test
    void negativeIndicesAndIndicesPastTheEndAreOutOfBounds() {
        ImageReader reader = Plugins.readerOf(ONE_FRAME);

        assertThatThrownBy(() -> reader.read(-1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("frame index -1 is negative");
        assertThatThrownBy(() -> reader.getWidth(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> reader.getImageMetadata(5)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void readingWithoutInputIsAnIllegalState() {
        ImageReader reader = Plugins.reader();

        assertThatThrownBy(() -> reader.read(0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> reader.getNumImages(true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInputOfAnotherTypeIsRefused() {
        ImageReader reader = Plugins.reader();

        assertThatThrownBy(() -> reader.setInput(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
