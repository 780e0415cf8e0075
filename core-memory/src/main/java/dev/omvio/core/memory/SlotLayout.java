package dev.omvio.core.memory;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.util.Objects;

/**
 * How big the slots of a memory stream are and how many there are (FORMAT.md section 4).
 *
 * @param slotSize data bytes of one slot: the frame's data size rounded up to {@link #ALIGNMENT}
 * @param slots number of slots
 */
record SlotLayout(int slotSize, int slots) {
    /** The camera's cache-line alignment of slot data. */
    static final int ALIGNMENT = 32;

    /** The largest aligned slot that one image, and so one Java array, can fill. */
    static final long LARGEST_SLOT = Image.MAX_DATA_SIZE / ALIGNMENT * ALIGNMENT;

    /**
     * The layout for {@code slots} frames of {@code width} x {@code height} {@code format}. A
     * compressed format (JPEG, PNG) gets the slot of a BINARY image of {@code width} x
     * {@code 2 * height}, about 2 bits per pixel, as on the camera.
     *
     * @throws IllegalArgumentException naming the value if a dimension or the slot count is not
     *     positive, or one slot would be larger than {@link #LARGEST_SLOT}
     */
    static SlotLayout forFrames(int width, int height, PixelFormat format, int slots) {
        Objects.requireNonNull(format, "format");
        requirePositive("width", width);
        requirePositive("height", height);
        requirePositive("slot count", slots);
        long frameSize;
        try {
            // A BINARY image of w x 2h is exactly twice one of w x h, and 2h cannot overflow this way.
            frameSize = format.isCompressed()
                    ? 2 * PixelFormat.BINARY.dataSize(width, height)
                    : format.dataSize(width, height);
        } catch (ArithmeticException beyondLong) {
            throw tooLarge(width, height, format, "more than " + Long.MAX_VALUE);
        }
        if (frameSize > LARGEST_SLOT) {
            throw tooLarge(width, height, format, String.valueOf(frameSize));
        }
        long slotSize = (frameSize + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
        return new SlotLayout((int) slotSize, slots);
    }

    /** The byte position of slot {@code slot} in the whole store. */
    long offset(int slot) {
        return (long) slot * slotSize;
    }

    /** Bytes of all slots together: {@code slotSize * slots}, which may exceed 2 GiB. */
    long totalSize() {
        return (long) slotSize * slots;
    }

    private static IllegalArgumentException tooLarge(int width, int height, PixelFormat format, String needed) {
        return new IllegalArgumentException("a slot for " + width + "x" + height + " " + format
                + " frames must hold " + needed + " bytes, more than the largest slot omvio allocates ("
                + LARGEST_SLOT + " bytes)");
    }

    private static void requirePositive(String what, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
