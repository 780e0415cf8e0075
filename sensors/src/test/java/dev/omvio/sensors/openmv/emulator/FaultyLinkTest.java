package dev.omvio.sensors.openmv.emulator;

import dev.omvio.sensors.openmv.protocol.Link;
import dev.omvio.sensors.openmv.protocol.Opcode;
import dev.omvio.sensors.openmv.protocol.Packet;
import dev.omvio.sensors.openmv.protocol.ScriptedLink;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static dev.omvio.sensors.openmv.protocol.ScriptedLink.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Faults apply to each packet, also when the session lays several out in one write. */
class FaultyLinkTest {
    private static final byte[] FIRST = new Packet(1, 3, Packet.FLAG_FRAGMENT, Opcode.CHANNEL_READ, bytes(40, 1)).encode();
    private static final byte[] SECOND = new Packet(2, 3, Packet.FLAG_FRAGMENT, Opcode.CHANNEL_READ, bytes(40, 2)).encode();
    private static final byte[] LAST = new Packet(3, 3, 0, Opcode.CHANNEL_READ, bytes(20, 3)).encode();
    private static final byte[] UNLOCKED = new Packet(4, 3, Packet.FLAG_ACK, Opcode.CHANNEL_UNLOCK, null).encode();

    @Test
    void eachPacketOfAWriteIsSplitOnItsOwn() throws IOException {
        ScriptedLink under = new ScriptedLink(new byte[0], false);
        Link link = new FaultyLink(under, Faults.parse("split=1,seed=9"));
        link.write(concat(FIRST, SECOND, LAST, UNLOCKED), 0, FIRST.length + SECOND.length + LAST.length + UNLOCKED.length);

        assertThat(under.writes()).hasSize(8);
        assertThat(concat(under.writes().get(0), under.writes().get(1))).isEqualTo(FIRST);
        assertThat(concat(under.writes().get(2), under.writes().get(3))).isEqualTo(SECOND);
        assertThat(concat(under.writes().get(4), under.writes().get(5))).isEqualTo(LAST);
        assertThat(concat(under.writes().get(6), under.writes().get(7))).isEqualTo(UNLOCKED);
    }

    @Test
    void aDisconnectCountsThePacketsOfAWrite() {
        ScriptedLink under = new ScriptedLink(new byte[0], false);
        Link link = new FaultyLink(under, Faults.parse("disconnect=2"));
        byte[] three = concat(FIRST, SECOND, LAST);

        assertThatThrownBy(() -> link.write(three, 0, three.length))
                .isInstanceOf(IOException.class).hasMessageContaining("after 2 packets");
        assertThat(under.writes()).containsExactly(FIRST, SECOND);
        assertThat(under.closed()).isTrue();
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7 + seed);
        }
        return b;
    }
}
