package dev.omvio.stream;

import java.io.IOException;

/** A memory stream slot was read before any frame was written to it. */
public class EmptySlotException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The index of the slot that was read. */
    private final int slot;

    /** @param slot the index of the slot that was never written */
    public EmptySlotException(int slot) {
        super("slot " + slot + " was never written");
        this.slot = slot;
    }

    /** {@return the index of the slot that was never written} */
    public int slot() {
        return slot;
    }
}
