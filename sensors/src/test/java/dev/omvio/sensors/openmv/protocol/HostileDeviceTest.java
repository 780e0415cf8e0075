package dev.omvio.sensors.openmv.protocol;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static dev.omvio.sensors.openmv.protocol.ScriptedLink.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken or hostile device makes a call fail with a clear exception: never a hang, never unbounded memory. */
class HostileDeviceTest {
    private static final HostSession.Options NO_RETRY = new HostSession.Options(200, 0, Caps.DEFAULT);

    @Test
    void silenceTimesOut() {
        HostSession host = new HostSession(new ScriptedLink(new byte[0], true), NO_RETRY);
        assertThatThrownBy(() -> host.transact(Opcode.CHANNEL_LIST, 0, null, 512))
                .isInstanceOf(ProtocolTimeoutException.class).hasMessageContaining("no answer from script");
    }

    @Test
    void endlessGarbageIsRefusedAfterABoundedScan() {
        byte[] garbage = new byte[PacketReader.MAX_SKIPPED + 100_000];
        HostSession host = new HostSession(new ScriptedLink(garbage, true), NO_RETRY);
        assertThatThrownBy(() -> host.transact(Opcode.CHANNEL_LIST, 0, null, 512))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("no valid packet");
    }

    @Test
    void garbageBetweenPacketsIsSkipped() throws Exception {
        byte[] junk = {(byte) 0xAA, (byte) 0xD5, 1, 2, 3, (byte) 0xAA, 0x55, 0, (byte) 0xD5};
        ScriptedLink link = new ScriptedLink(concat(junk, GoldenPacketsTest.LIST_ANSWER), true);
        HostSession host = new HostSession(link, NO_RETRY);
        assertThat(ChannelInfo.decodeList(host.transact(Opcode.CHANNEL_LIST, 0, null, 512)))
                .isEqualTo(GoldenPacketsTest.channels());
    }

    @Test
    void aReadAnswerLongerThanAskedIsRefused() {
        // Two fragments of 64 bytes each answer a read of 100 bytes.
        byte[] more = concat(
                new Packet(0, 3, Packet.FLAG_FRAGMENT, Opcode.CHANNEL_READ, new byte[64]).encode(),
                new Packet(1, 3, 0, Opcode.CHANNEL_READ, new byte[64]).encode());
        HostSession host = new HostSession(new ScriptedLink(more, true), NO_RETRY);
        assertThatThrownBy(() -> host.read(3, 0, 100))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("more than 100 bytes");
    }

    @Test
    void endlessEventsAreRefused() {
        ByteArrayOutputStream events = new ByteArrayOutputStream();
        for (int i = 0; i <= HostSession.MAX_STRAY_PACKETS; i++) {
            events.writeBytes(new Packet(0, 3, Packet.FLAG_EVENT, Opcode.CHANNEL_EVENT, new byte[2]).encode());
        }
        HostSession host = new HostSession(new ScriptedLink(events.toByteArray(), true), NO_RETRY);
        assertThatThrownBy(() -> host.transact(Opcode.CHANNEL_LIST, 0, null, 512))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("do not answer CHANNEL_LIST");
    }

    @Test
    void aDamagedPayloadIsSkippedAndTheRetransmissionTaken() throws Exception {
        byte[] damaged = GoldenPacketsTest.LIST_ANSWER.clone();
        damaged[20] ^= 1;
        Packet rtx = new Packet(0, 0, Packet.FLAG_ACK_REQ | Packet.FLAG_RTX, Opcode.CHANNEL_LIST,
                ChannelInfo.encodeList(GoldenPacketsTest.channels()));
        ScriptedLink link = new ScriptedLink(concat(damaged, rtx.encode()), true);
        HostSession host = new HostSession(link, NO_RETRY);
        assertThat(ChannelInfo.decodeList(host.transact(Opcode.CHANNEL_LIST, 0, null, 512)))
                .isEqualTo(GoldenPacketsTest.channels());
        assertThat(link.written()).isEqualTo(concat(GoldenPacketsTest.LIST, GoldenPacketsTest.LIST_ACK));
    }

    @Test
    void aNakNamesTheCommandAndStatus() {
        byte[] nak = new Packet(0, 3, Packet.FLAG_NAK, Opcode.CHANNEL_READ, new byte[] {Status.FAILED, 0}).encode();
        HostSession host = new HostSession(new ScriptedLink(nak, true), NO_RETRY);
        assertThatThrownBy(() -> host.read(3, 0, 100))
                .isInstanceOf(NakException.class).hasMessage("the camera refused CHANNEL_READ on channel 3: FAILED");
    }
}
