package dev.omvio.bridge.javax;

import dev.omvio.codec.CorruptImageException;
import org.junit.jupiter.api.Test;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A stream whose one JPEG frame declares 16384 x 16384 pixels (a gigabyte as ARGB) in its chunk
 * header and its SOF0, with 1 MiB of data (enough, at 256 pixels per byte, to pass the codecs'
 * bytes-per-pixel guard): the reader refuses it by the pixel budget before allocating pixels.
 */
class DecompressionBombTest {
    private static final int SIDE = 16384;
    private static final String OVER_BUDGET = "JPEG header declares 16384x16384 pixels, over the pixel budget of 67108864"
            + " (maxPixels; omvio.decode.maxPixels)";

    /**
     * A baseline colour JPEG of {@code size} bytes whose SOF0 declares {@code side} x
     * {@code side}: SOI; DQT 0 of 64 ones; SOF0 (8-bit, components 1, 2, 3, each sampled 1x1 with
     * table 0); a DC and an AC Huffman table, each a single 1-bit code for symbol 0; SOS; zero
     * bytes; EOI.
     */
    private static byte[] jpeg(int side, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(StreamBytes.bytes(0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x43, 0x00));
        byte[] quantisers = new byte[64];
        Arrays.fill(quantisers, (byte) 1);
        out.writeBytes(quantisers);
        out.writeBytes(StreamBytes.bytes(0xFF, 0xC0, 0x00, 0x11, 0x08, side >> 8, side & 0xFF, side >> 8, side & 0xFF, 0x03,
                0x01, 0x11, 0x00, 0x02, 0x11, 0x00, 0x03, 0x11, 0x00));
        for (int tableClass : new int[] {0x00, 0x10}) {
            out.writeBytes(StreamBytes.bytes(0xFF, 0xC4, 0x00, 0x14, tableClass, 1));
            out.writeBytes(new byte[16]); // 15 more code counts of 0, then the one symbol, 0
        }
        out.writeBytes(StreamBytes.bytes(0xFF, 0xDA, 0x00, 0x0C, 0x03, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x00, 0x3F, 0x00));
        out.writeBytes(new byte[size - out.size() - 2]);
        out.writeBytes(StreamBytes.bytes(0xFF, 0xD9));
        return out.toByteArray();
    }

    private static byte[] bombStream() {
        return StreamBytes.version("2.0").frame2(0, SIDE, SIDE, StreamBytes.JPEG, jpeg(SIDE, 1 << 20)).toByteArray();
    }

    @Test
    void readRefusesTheFrameWithAnIioExceptionNamingTheBudget() throws IOException {
        OpenMvImageReader reader = Plugins.readerOf(bombStream());

        assertThat(reader.getWidth(0)).isEqualTo(SIDE);
        assertThatThrownBy(() -> reader.read(0)).isInstanceOf(IIOException.class)
                .hasMessageEndingWith("cannot be decoded: " + OVER_BUDGET)
                .cause().isInstanceOf(CorruptImageException.class).hasMessage(OVER_BUDGET);
    }

    @Test
    void aSourceRegionDoesNotGetAroundTheBudget() {
        OpenMvImageReader reader = Plugins.readerOf(bombStream());
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceRegion(new Rectangle(0, 0, 8, 8));

        assertThatThrownBy(() -> reader.read(0, param)).isInstanceOf(IIOException.class).hasMessageEndingWith(OVER_BUDGET);
    }

    @Test
    void imageIoReadRefusesTheStream() {
        assertThatThrownBy(() -> ImageIO.read(Plugins.input(bombStream()))).isInstanceOf(IIOException.class)
                .hasMessageEndingWith(OVER_BUDGET);
    }
}
