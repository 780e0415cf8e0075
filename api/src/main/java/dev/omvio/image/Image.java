package dev.omvio.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * One frame: width, height, pixel format and the data bytes exactly as the camera stores them
 * (the layouts of {@link PixelFormat}).
 *
 * <p>An image either owns its data or is a view of a stream's frame buffer. A frame-buffer
 * image ({@link #isFrameBuffer()}) is what {@code read(copyToFb = true)} returns, as on the
 * camera: the stream overwrites its bytes on the next such read, so keep a {@link #copy()} of
 * any frame you need longer. The geometry and format of an image never change.
 *
 * <p>Images are not thread-safe while their data is being changed; {@link #data()} hands out
 * views of the same bytes, not copies.
 */
public final class Image {
    /** The largest data size of one image: the largest Java array. */
    public static final int MAX_DATA_SIZE = Integer.MAX_VALUE - 8;

    private final int width;
    private final int height;
    private final PixelFormat format;
    private final ByteBuffer data;
    private final boolean frameBuffer;

    private Image(int width, int height, PixelFormat format, ByteBuffer data, boolean frameBuffer) {
        Objects.requireNonNull(format, "format");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException(
                    "image dimensions must be positive, got " + width + "x" + height);
        }
        if (!format.isCompressed()) {
            long expected = format.dataSize(width, height);
            if (data.remaining() != expected) {
                throw new IllegalArgumentException(format + " image of " + width + "x" + height
                        + " needs " + expected + " data bytes, got " + data.remaining());
            }
        } else if (!data.hasRemaining()) {
            throw new IllegalArgumentException(format + " image needs at least one data byte");
        }
        this.width = width;
        this.height = height;
        this.format = format;
        this.data = data.slice().order(ByteOrder.LITTLE_ENDIAN);
        this.frameBuffer = frameBuffer;
    }

    /**
     * An owned image over the given array, which it takes without copying.
     *
     * @throws IllegalArgumentException if the array's length is not the format's data size
     *     (any positive length for JPEG and PNG) or a dimension is not positive
     */
    public static Image of(int width, int height, PixelFormat format, byte[] data) {
        return new Image(width, height, format, ByteBuffer.wrap(data), false);
    }

    /**
     * An owned image over the remaining bytes of {@code data}, which it takes without copying
     * (heap or direct).
     *
     * @throws IllegalArgumentException as {@link #of(int, int, PixelFormat, byte[])}
     */
    public static Image wrap(int width, int height, PixelFormat format, ByteBuffer data) {
        return new Image(width, height, format, data, false);
    }

    /**
     * A view of a stream's frame buffer, for stream engines: the remaining bytes of
     * {@code frameBuffer} are the frame's data, and the engine will overwrite them.
     */
    public static Image frameBufferView(int width, int height, PixelFormat format, ByteBuffer frameBuffer) {
        return new Image(width, height, format, frameBuffer, true);
    }

    /** A blank (all zero bytes) owned image of a format with a fixed data size. */
    public static Image blank(int width, int height, PixelFormat format) {
        long size = format.dataSize(width, height);
        return of(width, height, format, new byte[checkedArraySize(size)]);
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** The pixel format, which fixes the layout of the data. */
    public PixelFormat format() {
        return format;
    }

    /** The number of data bytes. */
    public int dataSize() {
        return data.capacity();
    }

    /** Whether this image is a view of a stream's frame buffer, overwritten by the stream's next frame-buffer read. */
    public boolean isFrameBuffer() {
        return frameBuffer;
    }

    /**
     * The data bytes as a little-endian view positioned at 0 with the data size as its limit.
     * The view shares the image's bytes: writing through it changes the image.
     */
    public ByteBuffer data() {
        return data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Copies the data bytes into {@code destination} at {@code offset}. */
    public void copyTo(byte[] destination, int offset) {
        Objects.checkFromIndexSize(offset, dataSize(), destination.length);
        data.get(0, destination, offset, dataSize());
    }

    /** A new array holding a copy of the data bytes. */
    public byte[] toByteArray() {
        byte[] copy = new byte[dataSize()];
        copyTo(copy, 0);
        return copy;
    }

    /** An owned copy with its own data: safe to keep after the stream's next read. */
    public Image copy() {
        return of(width, height, format, toByteArray());
    }

    /** Two images are equal when geometry, format and every data byte are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Image image
                && width == image.width
                && height == image.height
                && format == image.format
                && data.equals(image.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(width, height, format, data);
    }

    @Override
    public String toString() {
        return width + "x" + height + " " + format + " (" + dataSize() + " bytes"
                + (frameBuffer ? ", frame buffer)" : ")");
    }

    /**
     * Checks that a data size fits one Java array or buffer.
     *
     * @throws IllegalArgumentException if it does not
     */
    public static int checkedArraySize(long size) {
        if (size < 0 || size > MAX_DATA_SIZE) {
            throw new IllegalArgumentException("frame data of " + size
                    + " bytes exceeds the largest image omvio holds (" + MAX_DATA_SIZE + " bytes)");
        }
        return (int) size;
    }
}
