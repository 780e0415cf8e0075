package dev.omvio.stream.spi;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrameBufferTest {
    @Test
    void framesOfTheSameShapeReuseOneImageWhoseBytesAreOverwritten() {
        FrameBuffer buffer = new FrameBuffer();

        buffer.prepare(4).put(new byte[] {1, 2, 3, 4});
        Image first = buffer.image(2, 2, PixelFormat.GRAYSCALE, 4);
        buffer.prepare(4).put(new byte[] {5, 6, 7, 8});
        Image second = buffer.image(2, 2, PixelFormat.GRAYSCALE, 4);

        assertThat(second).isSameAs(first);
        assertThat(first.isFrameBuffer()).isTrue();
        assertThat(first.toByteArray()).containsExactly(5, 6, 7, 8);
    }

    @Test
    void aFrameOfAnotherShapeGetsItsOwnView() {
        FrameBuffer buffer = new FrameBuffer();
        buffer.prepare(8);
        Image wide = buffer.image(4, 2, PixelFormat.GRAYSCALE, 8);

        buffer.prepare(2).put(new byte[] {9, 9});
        Image small = buffer.image(1, 1, PixelFormat.RGB565, 2);

        assertThat(small).isNotSameAs(wide);
        assertThat(small.dataSize()).isEqualTo(2);
        assertThat(small.toByteArray()).containsExactly(9, 9);
    }
}
