package dev.omvio.sensors.openmv.protocol;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.omvio.sensors.openmv.protocol.ScriptedLink.concat;
import static dev.omvio.sensors.openmv.protocol.ScriptedLink.hex;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packets worked out by hand from the specification and checked byte for byte both ways.
 *
 * <p>Layout (specification 2.1, fields little-endian, so the sync word 0xD5AA goes as AA D5):
 * {@code AA D5 | SEQ | CHAN | FLAGS | OPCODE | LEN lo hi | CRC16 lo hi | payload | CRC32 LE}.
 * The CRC-16 covers the 8 header bytes before it, the CRC-32 the payload alone; their values
 * were computed with OpenMV's host library's crc.py (an implementation independent of this
 * one) and agree with {@link CrcTest#bitwise}.
 */
class GoldenPacketsTest {
    // Host -> device PROTO_SYNC: seq 0, channel 0, flags 0, opcode 0x00, length 0.
    // CRC-16(AA D5 00 00 00 00 00 00) = 0xACB0.
    static final byte[] SYNC = hex("AA D5 00 00 00 00 00 00 B0 AC");
    // Device -> host answer: ACK (flags 0x01), nothing else; CRC-16 = 0x4608.
    static final byte[] SYNC_ACK = hex("AA D5 00 00 01 00 00 00 08 46");

    // Host -> device CHANNEL_LIST (0x20) at seq 0: CRC-16 = 0xB1E7.
    static final byte[] LIST = hex("AA D5 00 00 00 20 00 00 E7 B1");
    // Device -> host: ACK_REQ (0x08), 48 bytes = 3 entries of 16 (id, flags, 14-byte name):
    // stdin 1 WRITE|EXEC (0x06), stdout 2 READ (0x01), stream 3 READ|LOCK|STREAM (0x19).
    // Header CRC-16 = 0xAA6B, payload CRC-32 = 0x94A834F6.
    static final byte[] LIST_ANSWER = hex("AA D5 00 00 08 20 30 00 6B AA"
            + " 01 06 73 74 64 69 6E 00 00 00 00 00 00 00 00 00"
            + " 02 01 73 74 64 6F 75 74 00 00 00 00 00 00 00 00"
            + " 03 19 73 74 72 65 61 6D 00 00 00 00 00 00 00 00"
            + " F6 34 A8 94");
    // Host -> device: the ACK of that answer repeats its seq, channel and opcode; CRC-16 = 0x5B5F.
    static final byte[] LIST_ACK = hex("AA D5 00 00 01 20 00 00 5F 5B");

    // Host -> device CHANNEL_READ (0x26) on channel 3, seq 0: offset 0, length 100 (8 bytes),
    // CRC-16 = 0xBB67, CRC-32 of the 8 bytes = 0x8E54FAF6.
    static final byte[] READ = hex("AA D5 00 03 00 26 08 00 67 BB 00 00 00 00 64 00 00 00 F6 FA 54 8E");
    // Device -> host with a max payload of 64: fragment 1, seq 0, FRAGMENT|ACK_REQ (0x18), bytes 0..63.
    static final byte[] FRAGMENT_1 = concat(hex("AA D5 00 03 18 26 40 00 4B C2"), count(0, 64), hex("0D 90 B2 FE"));
    static final byte[] ACK_1 = hex("AA D5 00 03 01 26 00 00 B7 62");
    // Fragment 2 (the last), seq 1, ACK_REQ (0x08), bytes 64..99.
    static final byte[] FRAGMENT_2 = concat(hex("AA D5 01 03 08 26 24 00 A9 8B"), count(64, 36), hex("51 22 6B FF"));
    static final byte[] ACK_2 = hex("AA D5 01 03 01 26 00 00 F9 05");

    @Test
    void packetsEncodeAsWorkedOut() {
        assertThat(new Packet(0, 0, 0, Opcode.PROTO_SYNC, null).encode()).isEqualTo(SYNC);
        assertThat(new Packet(0, 0, Packet.FLAG_ACK, Opcode.PROTO_SYNC, null).encode()).isEqualTo(SYNC_ACK);
        assertThat(new Packet(0, 0, 0, Opcode.CHANNEL_LIST, null).encode()).isEqualTo(LIST);
        assertThat(new Packet(0, 0, Packet.FLAG_ACK_REQ, Opcode.CHANNEL_LIST, ChannelInfo.encodeList(channels())).encode())
                .isEqualTo(LIST_ANSWER);
        assertThat(new Packet(0, 3, 0, Opcode.CHANNEL_READ, Bytes.ints(0, 100)).encode()).isEqualTo(READ);
    }

    @Test
    void readerDecodesWhatWasWorkedOut() throws Exception {
        PacketReader reader = new PacketReader(new ScriptedLink(concat(LIST_ANSWER, FRAGMENT_1), false), 4082);
        long deadline = System.nanoTime() + 1_000_000_000L;
        Packet list = reader.next(deadline);
        assertThat(list.opcode()).isEqualTo(Opcode.CHANNEL_LIST);
        assertThat(list.flags()).isEqualTo(Packet.FLAG_ACK_REQ);
        assertThat(ChannelInfo.decodeList(list.payload())).isEqualTo(channels());
        Packet fragment = reader.next(deadline);
        assertThat(fragment).isEqualTo(new Packet(0, 3, 0x18, Opcode.CHANNEL_READ, count(0, 64)));
    }

    @Test
    void hostListsChannelsAndAcknowledges() throws Exception {
        ScriptedLink link = new ScriptedLink(LIST_ANSWER, false);
        HostSession host = new HostSession(link, HostSession.Options.DEFAULT);
        byte[] answer = host.transact(Opcode.CHANNEL_LIST, 0, null, 512);
        assertThat(ChannelInfo.decodeList(answer)).isEqualTo(channels());
        assertThat(link.written()).isEqualTo(concat(LIST, LIST_ACK));
    }

    @Test
    void hostReassemblesAFragmentedRead() throws Exception {
        ScriptedLink link = new ScriptedLink(concat(FRAGMENT_1, FRAGMENT_2), false);
        HostSession host = new HostSession(link, HostSession.Options.DEFAULT);
        assertThat(host.read(3, 0, 100)).isEqualTo(count(0, 100));
        assertThat(link.written()).isEqualTo(concat(READ, ACK_1, ACK_2));
    }

    @Test
    void deviceAnswersSyncAndList() throws Exception {
        ScriptedLink link = new ScriptedLink(concat(SYNC, LIST, LIST_ACK), false);
        device(link, 4082, List.of(channel(1, 0x06, "stdin"), channel(2, 0x01, "stdout"), channel(3, 0x19, "stream")))
                .serve();
        assertThat(link.written()).isEqualTo(concat(SYNC_ACK, LIST_ANSWER));
    }

    @Test
    void deviceFragmentsARead() throws Exception {
        ScriptedLink link = new ScriptedLink(concat(READ, ACK_1, ACK_2), false);
        DeviceChannel stream = new DeviceChannel(3, 0x19, "stream") {
            @Override
            public byte[] read(long offset, int length) {
                return count((int) offset, length);
            }
        };
        device(link, 64, List.of(stream)).serve();
        assertThat(link.written()).isEqualTo(concat(FRAGMENT_1, FRAGMENT_2));
    }

    static DeviceSession device(Link link, int maxPayload, List<DeviceChannel> channels) {
        return new DeviceSession(link, channels, new Caps(true, true, true, true, maxPayload), new byte[16],
                new byte[76], 3, 50);
    }

    static DeviceChannel channel(int id, int flags, String name) {
        return new DeviceChannel(id, flags, name) {
        };
    }

    static List<ChannelInfo> channels() {
        return List.of(new ChannelInfo(1, 0x06, "stdin"), new ChannelInfo(2, 0x01, "stdout"),
                new ChannelInfo(3, 0x19, "stream"));
    }

    static byte[] count(int from, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (from + i);
        }
        return b;
    }
}
