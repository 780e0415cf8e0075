package dev.omvio.sensors.record;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.nio.ByteBuffer;

/**
 * One queued frame: a copy of its data in storage that is reused for later frames (it grows
 * to the largest frame), and the clock time it was captured at.
 */
final class FrameSlot {
    private byte[] storage = new byte[0];
    private int width;
    private int height;
    private PixelFormat format;
    private int size;
    private long capturedNanos;

    void fill(Image frame, long capturedAtNanos) {
        size = frame.dataSize();
        if (storage.length < size) {
            storage = new byte[size];
        }
        frame.copyTo(storage, 0);
        width = frame.width();
        height = frame.height();
        format = frame.format();
        capturedNanos = capturedAtNanos;
    }

    Image image() {
        return Image.wrap(width, height, format, ByteBuffer.wrap(storage, 0, size));
    }

    long capturedNanos() {
        return capturedNanos;
    }
}
