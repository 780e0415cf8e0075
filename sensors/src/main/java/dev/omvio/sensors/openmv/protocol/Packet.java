package dev.omvio.sensors.openmv.protocol;

import java.util.Arrays;

/**
 * One packet of the OpenMV Protocol: {@code SYNC(2) SEQ CHAN FLAGS OPCODE LENGTH(2) CRC16(2)},
 * then, if LENGTH is not zero, the payload and its CRC-32; every field little-endian (the sync
 * word 0xD5AA is sent as the bytes AA D5).
 *
 * @param sequence the sequence number, 0..255
 * @param channel the channel id, 0..255
 * @param flags the {@code FLAG_*} bits
 * @param opcode the command, one of {@link Opcode}'s
 * @param payload the payload (not copied: do not change it after)
 */
public record Packet(int sequence, int channel, int flags, int opcode, byte[] payload) {
    /** The sync word as a little-endian 16-bit value. */
    public static final int SYNC = 0xD5AA;
    /** Header bytes, its CRC included. */
    public static final int HEADER_SIZE = 10;
    /** Bytes of the payload CRC that follows a non-empty payload. */
    public static final int PAYLOAD_CRC_SIZE = 4;
    /** Largest payload the 16-bit length field can state. */
    public static final int MAX_LENGTH = 0xFFFF;

    /** Acknowledgment. */
    public static final int FLAG_ACK = 1;
    /** Negative acknowledgment; the payload holds a 16-bit {@link Status}. */
    public static final int FLAG_NAK = 1 << 1;
    /** Retransmission of a packet already sent. */
    public static final int FLAG_RTX = 1 << 2;
    /** The receiver must acknowledge this packet. */
    public static final int FLAG_ACK_REQ = 1 << 3;
    /** More fragments of this payload follow. */
    public static final int FLAG_FRAGMENT = 1 << 4;
    /** An asynchronous event; it has no place in the sequence. */
    public static final int FLAG_EVENT = 1 << 5;

    private static final byte[] EMPTY = new byte[0];

    /**
     * A packet; a null payload is taken as an empty one.
     *
     * @param sequence the sequence number, 0..255
     * @param channel the channel id, 0..255
     * @param flags the {@code FLAG_*} bits, 0..255
     * @param opcode the command, 0..255, one of {@link Opcode}'s
     * @param payload the payload, at most {@link #MAX_LENGTH} bytes; null or empty for none
     *     (not copied: do not change it after)
     * @throws IllegalArgumentException if a field does not fit its bytes
     */
    public Packet {
        check("sequence", sequence, 0xFF);
        check("channel", channel, 0xFF);
        check("flags", flags, 0xFF);
        check("opcode", opcode, 0xFF);
        payload = payload == null ? EMPTY : payload;
        check("payload length", payload.length, MAX_LENGTH);
    }

    /**
     * Tests a flag.
     *
     * @param flag a {@code FLAG_*} bit, such as {@link #FLAG_ACK}
     * @return true if it is set in {@link #flags()}
     */
    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /**
     * {@return the packet as it goes on the wire, checksums computed: {@link #HEADER_SIZE} bytes,
     * then, for a non-empty payload, the payload and its {@link #PAYLOAD_CRC_SIZE}-byte CRC}
     */
    public byte[] encode() {
        return encode(true);
    }

    /**
     * The packet as it goes on the wire.
     *
     * @param crc false to send zero checksums, as a peer whose CRC capability is off does
     * @return {@link #HEADER_SIZE} bytes, then, for a non-empty payload, the payload and its
     *     {@link #PAYLOAD_CRC_SIZE}-byte CRC
     */
    public byte[] encode(boolean crc) {
        int n = payload.length;
        byte[] wire = new byte[wireSize(n)];
        encode(wire, sequence, channel, flags, opcode, payload, 0, n, crc);
        return wire;
    }

    /**
     * Sizes a packet on the wire.
     *
     * @param n the payload's length in bytes, 0..{@link #MAX_LENGTH}
     * @return the bytes the packet takes on the wire: {@link #HEADER_SIZE}, plus {@code n} and
     *     {@link #PAYLOAD_CRC_SIZE} when {@code n} is not 0
     */
    public static int wireSize(int n) {
        return HEADER_SIZE + n + (n > 0 ? PAYLOAD_CRC_SIZE : 0);
    }

    /**
     * Lays a packet out in {@code wire} from its start, its payload {@code length} bytes of
     * {@code data} from {@code offset}: what {@link #encode(boolean)} does without a packet or
     * an array made, for the hot path. Fields are not checked: each is cut to its width.
     *
     * @param wire where the packet goes, from index 0; at least {@link #wireSize(int)
     *     wireSize(length)} bytes
     * @param sequence the sequence number, 0..255
     * @param channel the channel id, 0..255
     * @param flags the {@code FLAG_*} bits, 0..255
     * @param opcode the command, 0..255, one of {@link Opcode}'s
     * @param data the bytes the payload is taken from; not read when {@code length} is 0 (may
     *     then be null)
     * @param offset the index in {@code data} of the payload's first byte
     * @param length the payload's length in bytes, 0..{@link #MAX_LENGTH}
     * @param crc false to send zero checksums, as a peer whose CRC capability is off does
     * @return the bytes laid out, {@link #wireSize(int) wireSize(length)}
     * @throws IndexOutOfBoundsException if the packet does not fit in {@code wire} or the payload
     *     does not lie within {@code data}
     */
    public static int encode(byte[] wire, int sequence, int channel, int flags, int opcode, byte[] data, int offset,
            int length, boolean crc) {
        return encode(wire, 0, sequence, channel, flags, opcode, data, offset, length, crc);
    }

    /**
     * Lays a packet out in {@code wire} from {@code at}, as {@link #encode(byte[], int, int, int,
     * int, byte[], int, int, boolean)} does from index 0: for several packets sent in one write.
     *
     * @param wire where the packet goes; at least {@link #wireSize(int) wireSize(length)} bytes
     *     from {@code at}
     * @param at the index in {@code wire} of the packet's first byte
     * @param sequence the sequence number, 0..255
     * @param channel the channel id, 0..255
     * @param flags the {@code FLAG_*} bits, 0..255
     * @param opcode the command, 0..255, one of {@link Opcode}'s
     * @param data the bytes the payload is taken from; not read when {@code length} is 0 (may
     *     then be null)
     * @param offset the index in {@code data} of the payload's first byte
     * @param length the payload's length in bytes, 0..{@link #MAX_LENGTH}
     * @param crc false to send zero checksums, as a peer whose CRC capability is off does
     * @return the bytes laid out, {@link #wireSize(int) wireSize(length)}
     * @throws IndexOutOfBoundsException if the packet does not fit in {@code wire} from
     *     {@code at} or the payload does not lie within {@code data}
     */
    public static int encode(byte[] wire, int at, int sequence, int channel, int flags, int opcode, byte[] data,
            int offset, int length, boolean crc) {
        if (length > 0) {
            System.arraycopy(data, offset, wire, at + HEADER_SIZE, length);
        }
        putFraming(wire, at, sequence, channel, flags, opcode, length, crc);
        return wireSize(length);
    }

    // The header from at and, after the payload already in place, its checksum.
    static void putFraming(byte[] wire, int at, int sequence, int channel, int flags, int opcode, int length,
            boolean crc) {
        Bytes.putShort(wire, at, SYNC);
        wire[at + 2] = (byte) sequence;
        wire[at + 3] = (byte) channel;
        wire[at + 4] = (byte) flags;
        wire[at + 5] = (byte) opcode;
        Bytes.putShort(wire, at + 6, length);
        Bytes.putShort(wire, at + 8, crc ? Crc.crc16(wire, at, HEADER_SIZE - 2) : 0);
        if (length > 0) {
            Bytes.putInt(wire, at + HEADER_SIZE + length, crc ? Crc.crc32(wire, at + HEADER_SIZE, length) : 0);
        }
    }

    /**
     * {@return the 16-bit status a NAK (or a status reply) carries in its first two payload
     * bytes, or {@link Status#SUCCESS} if the payload is shorter}
     */
    public int status() {
        return payload.length >= 2 ? Bytes.getShort(payload, 0) : Status.SUCCESS;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Packet p && p.sequence == sequence && p.channel == channel
                && p.flags == flags && p.opcode == opcode && Arrays.equals(p.payload, payload);
    }

    @Override
    public int hashCode() {
        return ((sequence * 31 + channel) * 31 + flags) * 31 + opcode + 961 * Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "Packet[seq=" + sequence + ", chan=" + channel + ", flags=0x" + Integer.toHexString(flags)
                + ", " + Opcode.name(opcode) + ", " + payload.length + " bytes]";
    }

    private static void check(String name, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " must be 0.." + max + ", got " + value);
        }
    }
}
