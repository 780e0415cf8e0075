package dev.omvio.core.memory;

import dev.omvio.image.Image;
import dev.omvio.stream.EmptySlotException;
import dev.omvio.stream.FrameInfo;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What each slot holds: the geometry, format, data size and interval of the frame last written
 * to it, or nothing if it was never written. A slot's frame may be smaller than the slot or of
 * another format than the stream was allocated for.
 *
 * <p>Each entry is one immutable {@link FrameInfo} published atomically, so a reader on any
 * thread sees the whole description of one write, never a mix of two.
 */
final class SlotTable {
    private final SlotLayout layout;
    private final AtomicReferenceArray<FrameInfo> frames;

    SlotTable(SlotLayout layout) {
        this.layout = layout;
        this.frames = new AtomicReferenceArray<>(layout.slots());
    }

    /** Records that {@code image} now fills slot {@code slot}, with the given interval. */
    void record(int slot, Image image, long intervalMicros) {
        frames.set(slot, new FrameInfo(slot, layout.offset(slot), image.width(), image.height(),
                image.format(), intervalMicros, image.dataSize()));
    }

    /**
     * The frame in slot {@code slot}.
     *
     * @throws EmptySlotException if the slot was never written
     */
    FrameInfo written(int slot) throws EmptySlotException {
        FrameInfo frame = frames.get(slot);
        if (frame == null) {
            throw new EmptySlotException(slot);
        }
        return frame;
    }
}
