package dev.omvio.sensors.openmv.protocol;

/**
 * The negotiable capabilities (PROTO_GET_CAPS / PROTO_SET_CAPS): 16 bytes, a 32-bit flag word
 * (bit 0 CRC, 1 sequence check, 2 ACK, 3 events), the 16-bit max payload, 10 reserved bytes.
 *
 * @param crc whether checksums are sent and checked
 * @param sequence whether sequence numbers are checked
 * @param ack whether packets are acknowledged (and retransmitted when not)
 * @param events whether the device sends asynchronous events
 * @param maxPayload the longest payload of one packet
 */
public record Caps(boolean crc, boolean sequence, boolean ack, boolean events, int maxPayload) {
    /** The payload size. */
    public static final int SIZE = 16;
    /** The firmware's default max payload: its 4096-byte buffer less a header and a payload CRC. */
    public static final int DEFAULT_MAX_PAYLOAD = 4096 - Packet.HEADER_SIZE - Packet.PAYLOAD_CRC_SIZE;
    /** The smallest max payload the firmware accepts (64 bytes less a header and 2). */
    public static final int MIN_PAYLOAD = 64 - Packet.HEADER_SIZE - 2;
    /** The firmware's defaults, which a PROTO_SYNC restores. */
    public static final Caps DEFAULT = new Caps(true, true, true, true, DEFAULT_MAX_PAYLOAD);

    /**
     * {@return the 16-byte wire form, as PROTO_SET_CAPS sends it and PROTO_GET_CAPS answers:
     * the flag word, the max payload's low 16 bits, then 10 zero bytes}
     */
    public byte[] encode() {
        byte[] b = new byte[SIZE];
        Bytes.putInt(b, 0, (crc ? 1 : 0) | (sequence ? 2 : 0) | (ack ? 4 : 0) | (events ? 8 : 0));
        Bytes.putShort(b, 4, maxPayload);
        return b;
    }

    /**
     * Reads the wire form. Only the flag word and the max payload are read: the reserved bytes
     * may be missing, and flag bits above bit 3 are ignored.
     *
     * @param b a PROTO_GET_CAPS answer or a PROTO_SET_CAPS payload (16 bytes; at least 6 read)
     * @return the capabilities it states
     * @throws ProtocolException if {@code b} is shorter than 6 bytes
     */
    public static Caps decode(byte[] b) throws ProtocolException {
        if (b.length < 6) {
            throw new ProtocolException("capabilities of " + b.length + " bytes: at least 6 expected");
        }
        int flags = Bytes.getInt(b, 0);
        return new Caps((flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0, Bytes.getShort(b, 4));
    }
}
