package dev.omvio.core.memory;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;

/** Slots keep their bytes apart across the boundaries of the store's direct-memory chunks. */
class SlotStoreTest {

    private static byte[] pattern(int slot, int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (slot * 37 + i + 1);
        }
        return bytes;
    }

    private static byte[] slotBytes(SlotStore store, int slot, int size) {
        byte[] out = new byte[size];
        store.copyOut(slot, ByteBuffer.wrap(out));
        return out;
    }

    @Test
    void fullSlotsOnBothSidesOfChunkBoundariesKeepTheirBytes() {
        // 10 slots of 32 bytes in chunks of at most 100 bytes: 3 + 3 + 3 + 1 slots
        SlotStore store = new SlotStore(new SlotLayout(32, 10), 100);
        for (int slot = 0; slot < 10; slot++) {
            store.copyIn(slot, ByteBuffer.wrap(pattern(slot, 32)));
        }
        for (int slot = 0; slot < 10; slot++) {
            assertThat(slotBytes(store, slot, 32)).as("slot %d", slot).isEqualTo(pattern(slot, 32));
        }
    }

    @Test
    void aShortFrameChangesOnlyTheStartOfItsSlot() {
        SlotStore store = new SlotStore(new SlotLayout(32, 4), 64);
        store.copyIn(2, ByteBuffer.wrap(pattern(2, 32)));
        store.copyIn(2, ByteBuffer.wrap(new byte[] {9, 9, 9}));
        byte[] expected = pattern(2, 32);
        expected[0] = 9;
        expected[1] = 9;
        expected[2] = 9;
        assertThat(slotBytes(store, 2, 32)).isEqualTo(expected);
        assertThat(slotBytes(store, 1, 32)).isEqualTo(new byte[32]);
        assertThat(slotBytes(store, 3, 32)).isEqualTo(new byte[32]);
    }

    @Test
    void copiesUseThePositionOfTheCallersBuffer() {
        SlotStore store = new SlotStore(new SlotLayout(32, 1));
        ByteBuffer source = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5});
        source.position(2);
        store.copyIn(0, source);
        assertThat(source.position()).isEqualTo(2);

        ByteBuffer destination = ByteBuffer.wrap(new byte[6]);
        destination.position(1).limit(4);
        store.copyOut(0, destination);
        assertThat(destination.array()).containsExactly(0, 3, 4, 5, 0, 0);
    }
}
