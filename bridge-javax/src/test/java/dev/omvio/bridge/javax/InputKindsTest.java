package dev.omvio.bridge.javax;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.omvio.bridge.javax.Plugins.grey;
import static dev.omvio.bridge.javax.StreamBytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files, byte arrays and streams that cannot seek, and recordings that change mid-way. */
class InputKindsTest {
    // Frame 0: 2x1 GRAYSCALE (5, 6); frame 1: 1x1 RGB565 red; frame 2: 3x2 GRAYSCALE 1..6.
    private static final byte[] MIXED = StreamBytes.version("2.0")
            .frame2(40, 2, 1, StreamBytes.GRAYSCALE, bytes(5, 6))
            .frame2(50, 1, 1, StreamBytes.RGB565, bytes(0x00, 0xF8))
            .frame2(60, 3, 2, StreamBytes.GRAYSCALE, bytes(1, 2, 3, 4, 5, 6))
            .toByteArray();

    @TempDir
    Path dir;

    @Test
    void imageIoReadsFrameZeroOfAFile() throws IOException {
        Path file = dir.resolve("rec.bin");
        Files.write(file, MIXED);

        BufferedImage image = ImageIO.read(file.toFile());

        assertThat(image.getWidth()).isEqualTo(2);
        assertThat(PixelFormatReadTest.row(image, 0)).containsExactly(5, 6);
    }

    @Test
    void imageIoReadsFromAPlainInputStream() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(MIXED));

        assertThat(PixelFormatReadTest.row(image, 0)).containsExactly(5, 6);
    }

    @Test
    void frameSizeAndFormatMayChangeFromFrameToFrame() throws IOException {
        OpenMvImageReader reader = Plugins.readerOf(MIXED);

        assertThat(reader.getNumImages(true)).isEqualTo(3);
        assertThat(reader.getWidth(0)).isEqualTo(2);
        assertThat(reader.getHeight(0)).isEqualTo(1);
        assertThat(reader.getWidth(1)).isEqualTo(1);
        assertThat(reader.getWidth(2)).isEqualTo(3);
        assertThat(reader.getHeight(2)).isEqualTo(2);
        assertThat(Plugins.rgb(reader.read(1), 0, 0)).isEqualTo(0xFF0000);
        assertThat(PixelFormatReadTest.row(reader.read(2), 1)).containsExactly(4, 5, 6);
        assertThat(PixelFormatReadTest.row(reader.read(0), 0)).as("back to the start").containsExactly(5, 6);
    }

    @Test
    void theCountIsUnknownWithoutSearchUntilTheHeadersWereWalked() throws IOException {
        OpenMvImageReader reader = Plugins.readerOf(MIXED);

        assertThat(reader.getNumImages(false)).isEqualTo(-1);
        reader.read(2);
        assertThat(reader.getNumImages(false)).as("the end not yet seen").isEqualTo(-1);
        assertThat(reader.getNumImages(true)).isEqualTo(3);
        assertThat(reader.getNumImages(false)).isEqualTo(3);
    }

    @Test
    void aForwardOnlyReaderOnAStreamThatCannotSeekReadsEachFrameOnce() throws IOException {
        CountingInputStream source = new CountingInputStream(new ByteArrayInputStream(MIXED));
        ImageInputStream in = new MemoryCacheImageInputStream(source);
        OpenMvImageReader reader = Plugins.reader();
        reader.setInput(in, true);

        assertThat(PixelFormatReadTest.row(reader.read(0), 0)).containsExactly(5, 6);
        assertThat(Plugins.rgb(reader.read(1), 0, 0)).isEqualTo(0xFF0000);
        assertThat(reader.getMinIndex()).isEqualTo(1);
        assertThat(in.getFlushedPosition()).as("the bytes before frame 1 are let go").isEqualTo(64);
        assertThatThrownBy(() -> reader.read(0)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("forward only");
        assertThatThrownBy(() -> reader.getNumImages(true)).isInstanceOf(IllegalStateException.class);
        assertThat(PixelFormatReadTest.row(reader.read(2), 0)).containsExactly(1, 2, 3);
        assertThat(source.read).as("up to frame 2's data; its padding is never needed").isEqualTo(16 + 48 + 48 + 32 + 6);
    }

    @Test
    void aStreamMayStartAfterOtherBytesAndOffsetsCountFromItsStart() throws IOException {
        byte[] prefixed = new byte[7 + MIXED.length];
        System.arraycopy(MIXED, 0, prefixed, 7, MIXED.length);
        ImageInputStream in = Plugins.input(prefixed);
        in.seek(7);
        OpenMvImageReader reader = Plugins.reader();
        reader.setInput(in);

        assertThat(Plugins.rgb(reader.read(1), 0, 0)).isEqualTo(0xFF0000);
        OpenMvFrameMetadata metadata = (OpenMvFrameMetadata) reader.getImageMetadata(2);
        assertThat(metadata.fileOffset()).isEqualTo(16 + 48 + 48);
    }

    @Test
    void aReaderCanBeGivenAnotherInput() throws IOException {
        OpenMvImageReader reader = Plugins.readerOf(MIXED);
        reader.read(2);

        reader.setInput(Plugins.input(ReadParamTest.greyFrame(1, 1)));

        assertThat(reader.getNumImages(true)).isEqualTo(1);
        assertThat(grey(reader.read(0), 0, 0)).isZero();
    }

    @Test
    void aFileImageInputStreamIsReadInPlace() throws IOException {
        Path file = dir.resolve("rec.bin");
        Files.write(file, MIXED);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            OpenMvImageReader reader = Plugins.reader();
            reader.setInput(in);

            assertThat(reader.getNumImages(true)).isEqualTo(3);
            assertThat(PixelFormatReadTest.row(reader.read(2), 0)).containsExactly(1, 2, 3);
        }
    }

    /** Counts the bytes read through it. */
    static final class CountingInputStream extends FilterInputStream {
        long read;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }
    }
}
