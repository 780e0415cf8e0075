package dev.omvio.codecs.png;

import dev.omvio.codec.CorruptImageException;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PngCodecTest {
    private final PngCodec codec = new PngCodec();

    @Test
    void writesAPngFile() {
        byte[] png = codec.encode(new int[] {0xFF102030}, 0, 1, 1, 1, PixelFormat.PNG, EncodeOptions.DEFAULT).toByteArray();
        // PNG signature 89 50 4E 47 0D 0A 1A 0A, then the IHDR chunk: length 13, "IHDR", width 1, height 1,
        // bit depth 8, colour type 2 (RGB: every pixel was opaque).
        assertThat(Arrays.copyOf(png, 26)).containsExactly(0x89 - 256, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A,
                0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2);
    }

    @Test
    void greyPngsKeepTheirLevels() throws IOException {
        BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSamples(0, 0, 2, 1, 0, new int[] {100, 200});
        Image png = codec.encode(grey, PixelFormat.PNG, EncodeOptions.DEFAULT);
        int[] argb = new int[2];
        codec.decode(png, DecodeOptions.DEFAULT, argb, 0, 2);
        assertThat(argb).containsExactly(0xFF646464, 0xFFC8C8C8);
    }

    @Test
    void damagedOrMismatchedFilesAreCorruptImages() {
        byte[] png = codec.encode(new int[64], 0, 8, 8, 8, PixelFormat.PNG, EncodeOptions.DEFAULT).toByteArray();
        assertThatThrownBy(() -> codec.decode(Image.of(8, 8, PixelFormat.PNG, Arrays.copyOf(png, 30)), DecodeOptions.DEFAULT))
                .isInstanceOf(CorruptImageException.class);
        assertThatThrownBy(() -> codec.decode(Image.of(9, 8, PixelFormat.PNG, png), DecodeOptions.DEFAULT))
                .isInstanceOf(CorruptImageException.class).hasMessageContaining("header says 8x8 but the frame is 9x8");
        assertThatThrownBy(() -> codec.decode(Image.of(8, 8, PixelFormat.PNG, png), DecodeOptions.DEFAULT.withMaxPixels(63)))
                .isInstanceOf(CorruptImageException.class).hasMessageContaining("pixel budget of 63 ");
        assertThatThrownBy(() -> codec.decode(Image.of(8, 8, PixelFormat.PNG, new byte[] {1, 2, 3}), DecodeOptions.DEFAULT))
                .isInstanceOf(CorruptImageException.class);
    }
}
