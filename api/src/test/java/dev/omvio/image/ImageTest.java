package dev.omvio.image;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageTest {
    @Test
    void anImageHoldsExactlyTheFormatsDataSize() {
        Image image = Image.of(3, 2, PixelFormat.RGB565, new byte[12]);

        assertThat(image.width()).isEqualTo(3);
        assertThat(image.height()).isEqualTo(2);
        assertThat(image.format()).isEqualTo(PixelFormat.RGB565);
        assertThat(image.dataSize()).isEqualTo(12);
        assertThat(image.isFrameBuffer()).isFalse();
    }

    @Test
    void aWrongDataLengthIsRejectedWithBothSizes() {
        assertThatThrownBy(() -> Image.of(3, 2, PixelFormat.RGB565, new byte[11]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs 12")
                .hasMessageContaining("got 11");
    }

    @Test
    void compressedImagesTakeAnyPositiveLength() {
        assertThat(Image.of(640, 480, PixelFormat.JPEG, new byte[7]).dataSize()).isEqualTo(7);
        assertThatThrownBy(() -> Image.of(640, 480, PixelFormat.JPEG, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dataIsALittleEndianViewOfTheSameBytes() {
        byte[] bytes = {0x34, 0x12, 0, 0};
        Image image = Image.of(2, 1, PixelFormat.RGB565, bytes);

        assertThat(image.data().getShort(0)).isEqualTo((short) 0x1234);
        image.data().put(3, (byte) 9);
        assertThat(bytes[3]).isEqualTo((byte) 9);
    }

    @Test
    void aCopyOwnsItsBytes() {
        byte[] bytes = {1, 2, 3, 4};
        Image image = Image.frameBufferView(2, 2, PixelFormat.GRAYSCALE, ByteBuffer.wrap(bytes));
        Image copy = image.copy();
        bytes[0] = 42;

        assertThat(image.isFrameBuffer()).isTrue();
        assertThat(copy.isFrameBuffer()).isFalse();
        assertThat(copy.toByteArray()).containsExactly(1, 2, 3, 4);
        assertThat(image.toByteArray()).containsExactly(42, 2, 3, 4);
    }

    @Test
    void imagesWithTheSameGeometryFormatAndBytesAreEqual() {
        Image a = Image.of(2, 1, PixelFormat.GRAYSCALE, new byte[] {1, 2});
        Image b = Image.wrap(2, 1, PixelFormat.GRAYSCALE, ByteBuffer.wrap(new byte[] {0, 1, 2}).position(1));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Image.of(1, 2, PixelFormat.GRAYSCALE, new byte[] {1, 2}));
    }

    @Test
    void blankImagesAreZeroBytesOfTheFormatsSize() {
        assertThat(Image.blank(33, 2, PixelFormat.BINARY).toByteArray()).hasSize(16).containsOnly(0);
    }
}
