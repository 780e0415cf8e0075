package dev.omvio.sensors.openmv.protocol;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;

import static dev.omvio.sensors.openmv.protocol.ScriptedLink.concat;
import static org.assertj.core.api.Assertions.assertThat;

/** An answer laid out in place, then sealed, is the same bytes as its packets encoded one by one. */
class PacketLayoutTest {
    private static final int MAX = 40;

    @Test
    void sizesAndPlacesFollowThePackets() {
        assertThat(PacketLayout.packets(0, MAX)).isEqualTo(1);
        assertThat(PacketLayout.packets(40, MAX)).isEqualTo(1);
        assertThat(PacketLayout.packets(41, MAX)).isEqualTo(2);
        assertThat(PacketLayout.wireSize(0, MAX)).isEqualTo(10);
        assertThat(PacketLayout.wireSize(100, MAX)).isEqualTo(100 + 3 * 14);
        // Byte 40 is the second packet's first: after 10 + 40 + 4 bytes of the first and its own 10-byte header.
        assertThat(PacketLayout.wireIndex(0, MAX)).isEqualTo(10);
        assertThat(PacketLayout.wireIndex(39, MAX)).isEqualTo(49);
        assertThat(PacketLayout.wireIndex(40, MAX)).isEqualTo(64);
        assertThat(PacketLayout.payloadLength(2, 100, MAX)).isEqualTo(20);
    }

    @Test
    void sealedPacketsEqualThePacketsEncodedOneByOne() {
        byte[] data = new byte[100];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 13 + 1);
        }
        byte[] wire = new byte[PacketLayout.wireSize(100, MAX)];
        PacketLayout.put(wire, 0, data, 0, 7, MAX);
        PacketLayout.put(wire, 7, ByteBuffer.wrap(Arrays.copyOfRange(data, 7, 100)), 93, MAX);
        for (int k = 0; k < 3; k++) {
            int flags = k < 2 ? Packet.FLAG_FRAGMENT : 0;
            assertThat(PacketLayout.seal(wire, k, 100, MAX, 7 + k, 3, flags, Opcode.CHANNEL_READ, true)).isEqualTo(k * 54);
        }
        assertThat(wire).isEqualTo(concat(
                new Packet(7, 3, Packet.FLAG_FRAGMENT, Opcode.CHANNEL_READ, Arrays.copyOfRange(data, 0, 40)).encode(),
                new Packet(8, 3, Packet.FLAG_FRAGMENT, Opcode.CHANNEL_READ, Arrays.copyOfRange(data, 40, 80)).encode(),
                new Packet(9, 3, 0, Opcode.CHANNEL_READ, Arrays.copyOfRange(data, 80, 100)).encode()));
        byte[] back = new byte[60];
        PacketLayout.get(wire, 30, back, 0, 60, MAX);
        assertThat(back).isEqualTo(Arrays.copyOfRange(data, 30, 90));
    }
}
