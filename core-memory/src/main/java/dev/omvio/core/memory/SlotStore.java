package dev.omvio.core.memory;

import java.nio.ByteBuffer;

/**
 * The bytes of every slot, off the Java heap. A direct buffer holds at most 2 GiB, so the store
 * is a row of chunks, each a direct buffer of whole slots; a slot never spans two chunks.
 *
 * <p>Copies use absolute indexes only and never move a chunk's position, so any number of
 * threads may copy out at once. A copy out of a slot that another thread is copying into at the
 * same moment may see a mix of old and new bytes.
 */
final class SlotStore {
    /** The largest capacity of one buffer. */
    private static final int CHUNK_LIMIT = Integer.MAX_VALUE;

    private final int slotSize;
    private final int slotsPerChunk;
    private final ByteBuffer[] chunks;

    /**
     * Allocates every slot of {@code layout} now, zero-filled.
     *
     * @throws OutOfMemoryError if the JVM cannot provide that much direct memory
     */
    SlotStore(SlotLayout layout) {
        this(layout, CHUNK_LIMIT);
    }

    /**
     * Allocates every slot of {@code layout} in chunks of at most {@code chunkLimit} bytes
     * (at least one slot's worth), so that tests can reach chunk boundaries with small slots.
     */
    SlotStore(SlotLayout layout, int chunkLimit) {
        slotSize = layout.slotSize();
        slotsPerChunk = chunkLimit / slotSize;
        int slots = layout.slots();
        chunks = new ByteBuffer[(slots - 1) / slotsPerChunk + 1];
        for (int chunk = 0; chunk < chunks.length; chunk++) {
            int slotsInChunk = Math.min(slotsPerChunk, slots - chunk * slotsPerChunk);
            chunks[chunk] = ByteBuffer.allocateDirect(slotsInChunk * slotSize);
        }
    }

    /**
     * Copies the remaining bytes of {@code data} to the start of slot {@code slot}. The caller
     * makes sure they fit the slot: more would run into the next one.
     */
    void copyIn(int slot, ByteBuffer data) {
        chunkOf(slot).put(positionOf(slot), data, data.position(), data.remaining());
    }

    /** Fills the remaining bytes of {@code destination} from the start of slot {@code slot}. */
    void copyOut(int slot, ByteBuffer destination) {
        destination.put(destination.position(), chunkOf(slot), positionOf(slot), destination.remaining());
    }

    private ByteBuffer chunkOf(int slot) {
        return chunks[slot / slotsPerChunk];
    }

    private int positionOf(int slot) {
        return slot % slotsPerChunk * slotSize;
    }
}
