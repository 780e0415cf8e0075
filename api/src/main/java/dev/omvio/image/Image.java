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
     * {@return an owned image over the given array, which it takes without copying}
     *
     * @param width the width in pixels, positive
     * @param height the height in pixels, positive
     * @param format the pixel format, which fixes the data's layout
     * @param data the data bytes in that layout
     * @throws IllegalArgumentException if the array's length is not the format's data size
     *     (any positive length for JPEG and PNG) or a dimension is not positive
     */
    public static Image of(int width, int height, PixelFormat format, byte[] data) {
        return new Image(width, height, format, ByteBuffer.wrap(data), false);
    }

    /**
     * {@return an owned image over the remaining bytes of {@code data}, which it takes without copying
     * (heap or direct)}
     *
     * @param width the width in pixels, positive
     * @param height the height in pixels, positive
     * @param format the pixel format, which fixes the data's layout
     * @param data the buffer whose remaining bytes are the data
     * @throws IllegalArgumentException as {@link #of(int, int, PixelFormat, byte[])}
     */
    public static Image wrap(int width, int height, PixelFormat format, ByteBuffer data) {
        return new Image(width, height, format, data, false);
    }

    /**
     * {@return a view of a stream's frame buffer, for stream engines: the remaining bytes of
     * {@code frameBuffer} are the frame's data, and the engine will overwrite them}
     *
     * @param width the width in pixels, positive
     * @param height the height in pixels, positive
     * @param format the pixel format, which fixes the data's layout
     * @param frameBuffer the stream's buffer, whose remaining bytes are the frame's data
     */
    public static Image frameBufferView(int width, int height, PixelFormat format, ByteBuffer frameBuffer) {
        return new Image(width, height, format, frameBuffer, true);
    }

    /**
     * {@return a blank (all zero bytes) owned image of a format with a fixed data size}
     *
     * @param width the width in pixels, positive
     * @param height the height in pixels, positive
     * @param format a format other than JPEG and PNG
     */
    public static Image blank(int width, int height, PixelFormat format) {
        long size = format.dataSize(width, height);
        return of(width, height, format, new byte[checkedArraySize(size)]);
    }

    /** {@return width in pixels} */
    public int width() {
        return width;
    }

    /** {@return height in pixels} */
    public int height() {
        return height;
    }

    /** {@return the pixel format, which fixes the layout of the data} */
    public PixelFormat format() {
        return format;
    }

    /** {@return the number of data bytes} */
    public int dataSize() {
        return data.capacity();
    }

    /** {@return whether this image is a view of a stream's frame buffer, overwritten by the stream's next frame-buffer read} */
    public boolean isFrameBuffer() {
        return frameBuffer;
    }

    /**
     * {@return the data bytes as a little-endian view positioned at 0 with the data size as its limit}
     * The view shares the image's bytes: writing through it changes the image.
     */
    public ByteBuffer data() {
        return data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Copies the data bytes into {@code destination} at {@code offset}.
     *
     * @param destination the array to copy into
     * @param offset the index in {@code destination} of the first byte
     */
    public void copyTo(byte[] destination, int offset) {
        Objects.checkFromIndexSize(offset, dataSize(), destination.length);
        data.get(0, destination, offset, dataSize());
    }

    /** {@return a new array holding a copy of the data bytes} */
    public byte[] toByteArray() {
        byte[] copy = new byte[dataSize()];
        copyTo(copy, 0);
        return copy;
    }

    /** {@return an owned copy with its own data: safe to keep after the stream's next read} */
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
     * @param size a data size in bytes
     * @return {@code size} as an int
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
