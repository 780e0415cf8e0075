package dev.omvio.sensor;

/**
 * A region of interest inside the frame, OpenMV's {@code set_windowing(roi)}: the sensor
 * delivers only this part of the frame, so frames are {@code width} x {@code height}.
 *
 * @param x left edge in frame pixels, at least 0
 * @param y top edge in frame pixels, at least 0
 * @param width width in pixels, positive
 * @param height height in pixels, positive
 */
public record Window(int x, int y, int width, int height) {
    /**
     * @param x the left edge, in pixels from the frame's left
     * @param y the top edge, in pixels from the frame's top
     * @param width the width in pixels
     * @param height the height in pixels
     * @throws IllegalArgumentException naming the values if the origin is negative or a dimension not positive
     */
    public Window {
        if (x < 0 || y < 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("window must have x, y >= 0 and a positive size, got ("
                    + x + ", " + y + ", " + width + ", " + height + ")");
        }
    }

    /**
     * {@return the whole of a frame of {@code size}}
     *
     * @param size the frame size
     */
    public static Window full(FrameSize size) {
        return new Window(0, 0, size.width(), size.height());
    }

    /**
     * {@return a window of {@code width} x {@code height} centred in a frame of {@code size}, as OpenMV's {@code set_windowing((w, h))}}
     *
     * @param size the frame size
     * @param width the window's width in pixels
     * @param height the window's height in pixels
     */
    public static Window centred(FrameSize size, int width, int height) {
        return new Window((size.width() - width) / 2, (size.height() - height) / 2, width, height);
    }

    /**
     * {@return whether the window lies inside a frame of {@code size}}
     *
     * @param size the frame size
     */
    public boolean fitsIn(FrameSize size) {
        return (long) x + width <= size.width() && (long) y + height <= size.height();
    }

    /** {@code "(x, y, width, height)"}, as OpenMV prints a region of interest. */
    @Override
    public String toString() {
        return "(" + x + ", " + y + ", " + width + ", " + height + ")";
    }
}
