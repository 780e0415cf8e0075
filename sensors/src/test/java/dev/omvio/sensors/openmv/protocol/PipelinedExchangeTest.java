package dev.omvio.sensors.openmv.protocol;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static dev.omvio.sensors.openmv.protocol.ScriptedLink.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Commands posted together (pipelined): sent in one write with consecutive sequence numbers,
 * their answers matched in order, and faults in the middle of a batch (a refused command, a lost,
 * damaged or retransmitted answer, garbage and events between answers) handled as for one
 * command. Sequence numbers as the firmware steps them: one per answer packet it sends
 * ({@code omv_protocol_send_packet} in {@code omv_protocol.c}).
 */
class PipelinedExchangeTest {
    private static final HostSession.Options NO_RETRY = new HostSession.Options(200, 0, Caps.DEFAULT);
    private static final int STREAM = 3;

    @Test
    void aBatchGoesOutInOneWriteAndItsAnswersAreMatchedInOrder() throws Exception {
        byte[] frame = bytes(5000);
        byte[] first = Arrays.copyOf(frame, Caps.DEFAULT_MAX_PAYLOAD);
        byte[] rest = Arrays.copyOfRange(frame, Caps.DEFAULT_MAX_PAYLOAD, 5000);
        ScriptedLink link = new ScriptedLink(concat(
                answer(0, Packet.FLAG_ACK, Opcode.CHANNEL_LOCK, null),
                answer(1, Packet.FLAG_ACK_REQ, Opcode.CHANNEL_SIZE, Bytes.ints(5000)),
                answer(2, Packet.FLAG_ACK_REQ | Packet.FLAG_FRAGMENT, Opcode.CHANNEL_READ, first),
                answer(3, Packet.FLAG_ACK_REQ, Opcode.CHANNEL_READ, rest),
                answer(4, Packet.FLAG_ACK, Opcode.CHANNEL_UNLOCK, null)), true);
        HostSession host = new HostSession(link, NO_RETRY);

        host.post(Opcode.CHANNEL_LOCK, STREAM, null, 2);
        host.post(Opcode.CHANNEL_SIZE, STREAM, null, Caps.MIN_PAYLOAD);
        host.post(Opcode.CHANNEL_READ, STREAM, Bytes.ints(0, 5000), 5000);
        assertThat(link.writes()).isEmpty(); // nothing goes out before an answer is awaited
        assertThat(host.posted()).isEqualTo(3);

        assertThat(host.answer()).isEmpty();
        assertThat(host.answer()).isEqualTo(Bytes.ints(5000));
        byte[] into = new byte[5000];
        assertThat(host.answerInto(into, 0)).isEqualTo(5000);
        assertThat(into).isEqualTo(frame);
        assertThat(host.posted()).isZero();
        host.unlock(STREAM); // the next command carries the number after the read's two packets

        assertThat(link.writes()).containsExactly(
                concat(command(0, Opcode.CHANNEL_LOCK, null), command(1, Opcode.CHANNEL_SIZE, null),
                        command(2, Opcode.CHANNEL_READ, Bytes.ints(0, 5000))),
                ack(1, Opcode.CHANNEL_SIZE), ack(2, Opcode.CHANNEL_READ), ack(3, Opcode.CHANNEL_READ),
                command(4, Opcode.CHANNEL_UNLOCK, null));
    }

    @Test
    void aRefusedCommandInTheMiddleOfABatchLeavesTheLaterAnswersToCollect() throws Exception {
        ScriptedLink link = new ScriptedLink(concat(
                answer(0, Packet.FLAG_ACK, Opcode.CHANNEL_UNLOCK, null),
                answer(1, Packet.FLAG_NAK, Opcode.CHANNEL_LOCK, status(Status.BUSY)),
                answer(2, 0, Opcode.CHANNEL_SIZE, Bytes.ints(0)),
                answer(3, Packet.FLAG_NAK, Opcode.CHANNEL_READ, status(Status.FAILED)),
                new Packet(4, 0, 0, Opcode.CHANNEL_LIST, ChannelInfo.encodeList(GoldenPacketsTest.channels())).encode()),
                true);
        HostSession host = new HostSession(link, NO_RETRY);
        host.post(Opcode.CHANNEL_UNLOCK, STREAM, null, 2);
        host.post(Opcode.CHANNEL_LOCK, STREAM, null, 2);
        host.post(Opcode.CHANNEL_SIZE, STREAM, null, Caps.MIN_PAYLOAD);
        host.post(Opcode.CHANNEL_READ, STREAM, Bytes.ints(0, 64), 64);

        host.skipAnswers(1);
        assertThatThrownBy(host::answer).isInstanceOf(NakException.class)
                .hasMessage("the camera refused CHANNEL_LOCK on channel 3: BUSY");
        assertThat(host.posted()).isEqualTo(2);
        // A one-command call skips the answers nobody collected (the READ's NAK among them).
        assertThat(ChannelInfo.decodeList(host.transact(Opcode.CHANNEL_LIST, 0, null, 512)))
                .isEqualTo(GoldenPacketsTest.channels());
        assertThat(link.writes()).last().isEqualTo(new Packet(4, 0, 0, Opcode.CHANNEL_LIST, null).encode());
    }

    @Test
    void aLostAnswerInTheMiddleOfABatchTimesOutAndTheBatchIsForgotten() throws Exception {
        // SIZE's answer (sequence 1) never comes; READ's (2) is not taken for it.
        ScriptedLink link = new ScriptedLink(concat(
                answer(0, Packet.FLAG_ACK, Opcode.CHANNEL_LOCK, null),
                answer(2, 0, Opcode.CHANNEL_READ, bytes(16))), true);
        HostSession host = new HostSession(link, NO_RETRY);
        host.post(Opcode.CHANNEL_LOCK, STREAM, null, 2);
        host.post(Opcode.CHANNEL_SIZE, STREAM, null, Caps.MIN_PAYLOAD);
        host.post(Opcode.CHANNEL_READ, STREAM, Bytes.ints(0, 16), 16);
        assertThat(host.answer()).isEmpty();
        assertThatThrownBy(host::answer).isInstanceOf(ProtocolTimeoutException.class)
                .matches(e -> ((ProtocolException) e).isRecoverable(), "recoverable");
        assertThat(host.posted()).isZero();
    }

    @Test
    void aDamagedAnswerInTheMiddleOfABatchIsSkippedAndItsRetransmissionTaken() throws Exception {
        byte[] damaged = answer(1, Packet.FLAG_ACK_REQ, Opcode.CHANNEL_SIZE, Bytes.ints(36));
        damaged[Packet.HEADER_SIZE + 1] ^= 0x40; // payload CRC no longer matches
        byte[] junk = {(byte) 0xAA, (byte) 0xD5, 7, 7, (byte) 0xAA, 1};
        ScriptedLink link = new ScriptedLink(concat(
                answer(0, Packet.FLAG_ACK, Opcode.CHANNEL_LOCK, null),
                damaged, junk,
                new Packet(0, STREAM, Packet.FLAG_EVENT | Packet.FLAG_ACK_REQ, Opcode.CHANNEL_EVENT, new byte[2]).encode(),
                answer(1, Packet.FLAG_ACK_REQ | Packet.FLAG_RTX, Opcode.CHANNEL_SIZE, Bytes.ints(36)),
                answer(2, Packet.FLAG_ACK_REQ, Opcode.CHANNEL_READ, bytes(36))), true);
        HostSession host = new HostSession(link, NO_RETRY);
        host.post(Opcode.CHANNEL_LOCK, STREAM, null, 2);
        host.post(Opcode.CHANNEL_SIZE, STREAM, null, Caps.MIN_PAYLOAD);
        host.post(Opcode.CHANNEL_READ, STREAM, Bytes.ints(0, 36), 36);
        assertThat(host.answer()).isEmpty();
        assertThat(host.answer()).isEqualTo(Bytes.ints(36));
        byte[] into = new byte[36];
        assertThat(host.answerInto(into, 0)).isEqualTo(36);
        assertThat(into).isEqualTo(bytes(36));
        assertThat(link.writes()).containsExactly(
                concat(command(0, Opcode.CHANNEL_LOCK, null), command(1, Opcode.CHANNEL_SIZE, null),
                        command(2, Opcode.CHANNEL_READ, Bytes.ints(0, 36))),
                new Packet(0, STREAM, Packet.FLAG_ACK, Opcode.CHANNEL_EVENT, null).encode(),
                ack(1, Opcode.CHANNEL_SIZE), ack(2, Opcode.CHANNEL_READ));
    }

    @Test
    void nothingIsPostedBehindAnAnswerOfSeveralPackets() throws Exception {
        // A 5000-byte read comes in two packets of at most 4082: what follows it gets number 2.
        ScriptedLink link = new ScriptedLink(concat(
                answer(0, Packet.FLAG_FRAGMENT, Opcode.CHANNEL_READ, bytes(Caps.DEFAULT_MAX_PAYLOAD)),
                answer(1, 0, Opcode.CHANNEL_READ, bytes(5000 - Caps.DEFAULT_MAX_PAYLOAD)),
                answer(2, Packet.FLAG_ACK, Opcode.CHANNEL_UNLOCK, null)), true);
        HostSession host = new HostSession(link, NO_RETRY);
        host.post(Opcode.CHANNEL_READ, STREAM, Bytes.ints(0, 5000), 5000);
        assertThatThrownBy(() -> host.post(Opcode.CHANNEL_UNLOCK, STREAM, null, 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the answer to CHANNEL_READ may come in several packets: collect it before posting "
                        + "CHANNEL_UNLOCK");
        host.unlock(STREAM); // skips the read's answer first, then sends
        assertThat(link.writes()).containsExactly(command(0, Opcode.CHANNEL_READ, Bytes.ints(0, 5000)),
                command(2, Opcode.CHANNEL_UNLOCK, null));
    }

    @Test
    void aResynchronisationForgetsWhatIsPosted() throws Exception {
        ScriptedLink link = new ScriptedLink(concat(
                new Packet(0, 0, Packet.FLAG_ACK, Opcode.PROTO_SYNC, null).encode(),
                new Packet(0, 0, 0, Opcode.PROTO_GET_CAPS, Caps.DEFAULT.encode()).encode(),
                new Packet(1, 0, Packet.FLAG_ACK, Opcode.PROTO_SET_CAPS, null).encode()), true);
        HostSession host = new HostSession(link, NO_RETRY);
        host.post(Opcode.CHANNEL_LOCK, STREAM, null, 2);
        host.resync();
        assertThat(host.posted()).isZero();
        assertThat(link.writes().get(0)).isEqualTo(new Packet(0, 0, 0, Opcode.PROTO_SYNC, null).encode());
    }

    // The device's answer on the stream channel, CRC on (the firmware's default).
    private static byte[] answer(int seq, int flags, int opcode, byte[] payload) {
        return new Packet(seq, STREAM, flags, opcode, payload).encode();
    }

    private static byte[] command(int seq, int opcode, byte[] payload) {
        return new Packet(seq, STREAM, 0, opcode, payload).encode();
    }

    private static byte[] ack(int seq, int opcode) {
        return new Packet(seq, STREAM, Packet.FLAG_ACK, opcode, null).encode();
    }

    private static byte[] status(int status) {
        byte[] b = new byte[2];
        Bytes.putShort(b, 0, status);
        return b;
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 37 + i / 251);
        }
        return b;
    }
}
