package dev.omvio.codecs.support;

import dev.omvio.image.Image;

import java.nio.ByteBuffer;

/**
 * A frame's data bytes as an array and the index of the first: the image's own array when its
 * data is on the heap, otherwise a copy in a per-thread scratch array that is kept for the next
 * frame, so decoding allocates nothing once warmed up.
 *
 * @param array the bytes
 * @param base index of the frame's first byte in {@code array}
 */
public record FrameBytes(byte[] array, int base) {
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[0]);

    /** The data bytes of {@code image}; valid until this thread's next call for a direct-buffer image. */
    public static FrameBytes of(Image image) {
        ByteBuffer data = image.data();
        if (data.hasArray()) {
            return new FrameBytes(data.array(), data.arrayOffset() + data.position());
        }
        byte[] scratch = SCRATCH.get();
        if (scratch.length < data.remaining()) {
            scratch = new byte[data.remaining()];
            SCRATCH.set(scratch);
        }
        data.get(0, scratch, 0, data.remaining());
        return new FrameBytes(scratch, 0);
    }
}
