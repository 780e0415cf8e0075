package dev.omvio.sensors.openmv.protocol;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.omvio.sensors.openmv.protocol.ScriptedLink.concat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The device side takes pipelined commands as the firmware does ({@code omv_protocol_poll} in
 * {@code omv_protocol.c}): every whole packet of a read processed in order, and a command that
 * comes while an answer waits for its acknowledgment kept in the receive buffer and processed
 * after it (the firmware's WAIT_ACK state scans past it for the ACK and leaves it in place).
 */
class DevicePipelineTest {
    private static final int STREAM = 3;
    private static final byte[] DATA = new byte[100];

    static {
        for (int i = 0; i < DATA.length; i++) {
            DATA[i] = (byte) (i * 11 + 5);
        }
    }

    @Test
    void aBatchIsAnsweredInOrderWithACommandBehindAnAnswerThatAwaitsItsAck() throws Exception {
        // LOCK, SIZE and READ in one read; SIZE's answer asks for an ACK, which comes behind the READ.
        ScriptedLink link = new ScriptedLink(concat(
                command(0, Opcode.CHANNEL_LOCK, null),
                command(1, Opcode.CHANNEL_SIZE, null),
                command(2, Opcode.CHANNEL_READ, Bytes.ints(0, 100)),
                new Packet(1, STREAM, Packet.FLAG_ACK, Opcode.CHANNEL_SIZE, null).encode(),
                new Packet(2, STREAM, Packet.FLAG_ACK, Opcode.CHANNEL_READ, null).encode(),
                command(3, Opcode.CHANNEL_UNLOCK, null)), false);
        Channel channel = new Channel();
        device(link, channel).serve();

        assertThat(link.written()).isEqualTo(concat(
                new Packet(0, STREAM, Packet.FLAG_ACK, Opcode.CHANNEL_LOCK, null).encode(),
                new Packet(1, STREAM, Packet.FLAG_ACK_REQ, Opcode.CHANNEL_SIZE, Bytes.ints(100)).encode(),
                new Packet(2, STREAM, Packet.FLAG_ACK_REQ, Opcode.CHANNEL_READ, DATA).encode(),
                new Packet(3, STREAM, Packet.FLAG_ACK, Opcode.CHANNEL_UNLOCK, null).encode()));
        assertThat(channel.unlocked).isTrue();
    }

    @Test
    void aBatchWithAWrongSequenceNumberHasThatCommandRefusedAndTheRestAnswered() throws Exception {
        // The second command carries 5 where the device expects 1: a SEQUENCE NAK, which steps the
        // device's number as every packet it sends does, so the third (2) is answered.
        ScriptedLink link = new ScriptedLink(concat(
                command(0, Opcode.CHANNEL_LOCK, null),
                command(5, Opcode.CHANNEL_SIZE, null),
                command(2, Opcode.CHANNEL_UNLOCK, null)), false);
        device(link, new Channel()).serve();
        byte[] sequenceNak = new byte[2];
        Bytes.putShort(sequenceNak, 0, Status.SEQUENCE);
        assertThat(link.written()).isEqualTo(concat(
                new Packet(0, STREAM, Packet.FLAG_ACK, Opcode.CHANNEL_LOCK, null).encode(),
                new Packet(1, STREAM, Packet.FLAG_NAK, Opcode.CHANNEL_SIZE, sequenceNak).encode(),
                new Packet(2, STREAM, Packet.FLAG_ACK, Opcode.CHANNEL_UNLOCK, null).encode()));
    }

    @Test
    void anAnswerOfSeveralPacketsGoesOutInOneWriteWhenNoAcknowledgmentIsAwaited() throws Exception {
        // ACK off, packets of at most 40 bytes: the 100-byte read is three packets (40, 40, 20),
        // sequence 1, 2, 3 after LOCK's answer, FRAGMENT on all but the last, laid out together.
        ScriptedLink link = new ScriptedLink(concat(
                command(0, Opcode.CHANNEL_LOCK, null),
                command(1, Opcode.CHANNEL_READ, Bytes.ints(0, 100))), false);
        new DeviceSession(link, List.of(new Channel()), new Caps(true, true, false, true, 40), new byte[16], new byte[76],
                3, 50).serve();

        assertThat(link.writes()).containsExactly(
                new Packet(0, STREAM, Packet.FLAG_ACK, Opcode.CHANNEL_LOCK, null).encode(),
                concat(new Packet(1, STREAM, Packet.FLAG_FRAGMENT, Opcode.CHANNEL_READ, Arrays.copyOfRange(DATA, 0, 40)).encode(),
                        new Packet(2, STREAM, Packet.FLAG_FRAGMENT, Opcode.CHANNEL_READ, Arrays.copyOfRange(DATA, 40, 80)).encode(),
                        new Packet(3, STREAM, 0, Opcode.CHANNEL_READ, Arrays.copyOfRange(DATA, 80, 100)).encode()));
    }

    private static DeviceSession device(Link link, DeviceChannel channel) {
        return new DeviceSession(link, List.of(channel), Caps.DEFAULT, new byte[16], new byte[76], 3, 50);
    }

    private static byte[] command(int seq, int opcode, byte[] payload) {
        return new Packet(seq, STREAM, 0, opcode, payload).encode();
    }

    /** A stream channel holding one 100-byte frame. */
    private static final class Channel extends DeviceChannel {
        boolean unlocked;

        Channel() {
            super(STREAM, ChannelInfo.READ | ChannelInfo.LOCK | ChannelInfo.STREAM, "stream");
        }

        @Override
        public boolean lock() {
            return true;
        }

        @Override
        public void unlock(boolean byHost) {
            unlocked |= byHost;
        }

        @Override
        public long size() {
            return DATA.length;
        }

        @Override
        public byte[] read(long offset, int length) {
            return offset == 0 && length == DATA.length ? DATA : null;
        }
    }
}
