package dev.omvio.sensors.openmv.protocol;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link PacketReader#next(long, byte[], int)}: a long payload still on its way goes straight into the caller's array. */
class PayloadPlacementTest {
    private static final int LENGTH = 20_000;
    private static final int AT = 7;
    private static final byte UNTOUCHED = 0x55;

    private final byte[] payload = payload();

    @Test
    void aPayloadStillComingIsReadIntoTheTargetAndThePacketAfterItIsIntact() throws IOException {
        byte[] first = packet(Opcode.CHANNEL_READ, payload, false);
        byte[] second = packet(Opcode.CHANNEL_UNLOCK, new byte[] {1, 0}, false);
        // The header and 100 payload bytes come first; the rest, the CRC field and the next packet later.
        PacedLink link = new PacedLink(Arrays.copyOfRange(first, 0, Packet.HEADER_SIZE + 100),
                ScriptedLink.concat(Arrays.copyOfRange(first, Packet.HEADER_SIZE + 100, first.length), second));
        PacketReader reader = reader(link, false);
        byte[] target = target();

        Packet p = reader.next(PacketReader.NO_DEADLINE, target, AT);

        assertThat(p.opcode()).isEqualTo(Opcode.CHANNEL_READ);
        assertThat(reader.payloadPlaced()).isTrue();
        assertThat(reader.payloadLength()).isEqualTo(LENGTH);
        assertThat(Arrays.copyOfRange(target, AT, AT + LENGTH)).isEqualTo(payload);
        assertThat(target[AT - 1]).isEqualTo(UNTOUCHED);
        assertThat(target[AT + LENGTH]).isEqualTo(UNTOUCHED);
        assertThat(link.reads).containsExactly(Packet.HEADER_SIZE + 100, LENGTH - 100, 4 + second.length);
        Packet next = reader.next(PacketReader.NO_DEADLINE, true);
        assertThat(next.opcode()).isEqualTo(Opcode.CHANNEL_UNLOCK);
        assertThat(next.payload()).containsExactly(1, 0);
    }

    @Test
    void aFragmentsReadTakesTheNextHeaderTooSoTheNextPayloadGoesStraightIntoTheTarget() throws IOException {
        byte[] first = packet(Opcode.CHANNEL_READ, Packet.FLAG_FRAGMENT, Arrays.copyOfRange(payload, 0, 10_000));
        byte[] second = packet(Opcode.CHANNEL_READ, 0, Arrays.copyOfRange(payload, 10_000, LENGTH));
        // The first header and 100 payload bytes come first, then everything else at once.
        PacedLink link = new PacedLink(Arrays.copyOfRange(first, 0, Packet.HEADER_SIZE + 100),
                ScriptedLink.concat(Arrays.copyOfRange(first, Packet.HEADER_SIZE + 100, first.length), second));
        PacketReader reader = reader(link, false);
        byte[] target = target();

        assertThat(reader.next(PacketReader.NO_DEADLINE, target, AT).has(Packet.FLAG_FRAGMENT)).isTrue();
        assertThat(reader.payloadPlaced()).isTrue();
        assertThat(reader.next(PacketReader.NO_DEADLINE, target, AT + 10_000).has(Packet.FLAG_FRAGMENT)).isFalse();
        assertThat(reader.payloadPlaced()).isTrue();

        assertThat(Arrays.copyOfRange(target, AT, AT + LENGTH)).isEqualTo(payload);
        assertThat(target[AT - 1]).isEqualTo(UNTOUCHED);
        assertThat(target[AT + LENGTH]).isEqualTo(UNTOUCHED);
        // The rest of the first payload with its CRC field and the second header (9 900 + 14),
        // then the second payload alone, then its CRC field: no payload byte through the buffer.
        assertThat(link.reads).containsExactly(Packet.HEADER_SIZE + 100, 9_914, 10_000, 4);
    }

    @Test
    void eachAnswerAfterAnEmptiedBufferIsTakenInOneRead() throws IOException {
        // Four answers of 25 000 bytes, each one piece: without the buffer starting over once
        // emptied, the fourth would find 5 000 bytes of room at the buffer's end and take two reads.
        byte[] answer = packet(Opcode.CHANNEL_READ, Arrays.copyOf(payload, 25_000), false);
        PacedLink link = new PacedLink(answer, answer, answer, answer);
        PacketReader reader = reader(link, false);
        for (int i = 0; i < 4; i++) {
            assertThat(reader.next(PacketReader.NO_DEADLINE, true).payload()).hasSize(25_000);
        }
        assertThat(link.reads).containsExactly(answer.length, answer.length, answer.length, answer.length);
    }

    @Test
    void withChecksumsOnTheTargetTooSmallOrThePayloadBufferedItStaysInTheBuffer() throws IOException {
        byte[] first = packet(Opcode.CHANNEL_READ, payload, true);
        PacedLink checked = new PacedLink(Arrays.copyOfRange(first, 0, 100), Arrays.copyOfRange(first, 100, first.length));
        assertBuffered(reader(checked, true), target(), AT);

        byte[] unchecked = packet(Opcode.CHANNEL_READ, payload, false);
        PacedLink tight = new PacedLink(Arrays.copyOfRange(unchecked, 0, 100),
                Arrays.copyOfRange(unchecked, 100, unchecked.length));
        assertBuffered(reader(tight, false), new byte[LENGTH + AT - 1], AT);

        PacedLink whole = new PacedLink(unchecked);
        assertBuffered(reader(whole, false), target(), AT);
    }

    private void assertBuffered(PacketReader reader, byte[] target, int at) throws IOException {
        byte[] before = target.clone();
        reader.next(PacketReader.NO_DEADLINE, target, at);
        assertThat(reader.payloadPlaced()).isFalse();
        assertThat(target).isEqualTo(before);
        byte[] copy = new byte[LENGTH];
        reader.copyPayload(copy, 0);
        assertThat(copy).isEqualTo(payload);
    }

    private static PacketReader reader(Link link, boolean crc) {
        PacketReader reader = new PacketReader(link, Packet.MAX_LENGTH);
        reader.setCrc(crc);
        return reader;
    }

    private static byte[] target() {
        byte[] target = new byte[AT + LENGTH + 1];
        Arrays.fill(target, UNTOUCHED);
        return target;
    }

    private static byte[] payload() {
        byte[] b = new byte[LENGTH];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31 + (i >> 8));
        }
        return b;
    }

    private static byte[] packet(int opcode, byte[] data, boolean crc) {
        byte[] wire = new byte[Packet.wireSize(data.length)];
        int n = Packet.encode(wire, 0, 3, 0, opcode, data, 0, data.length, crc);
        return Arrays.copyOf(wire, n);
    }

    private static byte[] packet(int opcode, int flags, byte[] data) {
        byte[] wire = new byte[Packet.wireSize(data.length)];
        return Arrays.copyOf(wire, Packet.encode(wire, 0, 3, flags, opcode, data, 0, data.length, false));
    }

    /** Bytes in pieces, as they come over a socket: a read takes at most what is left of the current piece. */
    private static final class PacedLink implements Link {
        private final Deque<byte[]> pieces = new ArrayDeque<>();
        private int at;
        final List<Integer> reads = new ArrayList<>();

        PacedLink(byte[]... pieces) {
            this.pieces.addAll(List.of(pieces));
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            byte[] piece = pieces.peek();
            if (piece == null) {
                return -1;
            }
            int n = Math.min(length, piece.length - at);
            System.arraycopy(piece, at, buffer, offset, n);
            at += n;
            if (at == piece.length) {
                pieces.poll();
                at = 0;
            }
            reads.add(n);
            return n;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setReadTimeout(int millis) {
        }

        @Override
        public String describe() {
            return "paced";
        }

        @Override
        public void close() {
        }
    }
}
