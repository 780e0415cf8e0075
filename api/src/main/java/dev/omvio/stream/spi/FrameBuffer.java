package dev.omvio.stream.spi;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.nio.ByteBuffer;

/**
 * A stream's one frame buffer, behind {@code read(copyToFb = true)}: storage that grows to the
 * largest frame read and is then reused, and the {@link Image} view of it, reused while frames
 * keep the same geometry, format and size. In steady state a read through it allocates nothing.
 *
 * <p>For stream engines; not thread-safe, as the streams' positioned reads are not.
 */
public final class FrameBuffer {
    private byte[] storage = new byte[0];
    private Image view;

    /**
     * {@return a heap buffer over the frame buffer's storage with position 0 and limit {@code size},
     * for the engine to fill with the next frame's data}
     *
     * @param size the next frame's data size in bytes
     */
    public ByteBuffer prepare(int size) {
        if (storage.length < size) {
            storage = new byte[size];
            view = null;
        }
        return ByteBuffer.wrap(storage, 0, size);
    }

    /**
     * {@return the frame buffer's view as an image of the data last {@linkplain #prepare(int) prepared}}
     *
     * @param width the frame's width in pixels
     * @param height the frame's height in pixels
     * @param format the frame's pixel format
     * @param size the frame's data size in bytes, as prepared
     */
    public Image image(int width, int height, PixelFormat format, int size) {
        Image current = view;
        if (current == null || current.width() != width || current.height() != height
                || current.format() != format || current.dataSize() != size) {
            current = Image.frameBufferView(width, height, format, ByteBuffer.wrap(storage, 0, size));
            view = current;
        }
        return current;
    }
}
