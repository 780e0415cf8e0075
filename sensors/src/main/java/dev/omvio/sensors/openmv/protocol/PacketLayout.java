package dev.omvio.sensors.openmv.protocol;

import java.nio.ByteBuffer;

/**
 * An answer's bytes laid out in the wire form of its packets: each packet's payload where it goes
 * on the wire, with room left before it for the packet's header and after it for its checksum.
 * The packets carry at most {@code maxPayload} bytes each, the last one the rest; an answer of no
 * bytes is one packet with an empty payload. A device that lays its data out so once (the
 * emulator's stream channel, as each frame comes) has the session fill the headers and checksums
 * in ({@link #seal}) and send the array as it is: the payload is not copied again per answer.
 */
public final class PacketLayout {
    // Wire bytes around a non-empty payload: its header before, its checksum after.
    private static final int FRAMING = Packet.HEADER_SIZE + Packet.PAYLOAD_CRC_SIZE;

    private PacketLayout() {
    }

    /**
     * {@return the packets an answer of {@code length} bytes takes, at least 1}
     *
     * @param length the answer's bytes, at least 0
     * @param maxPayload the most bytes a packet carries, at least 1
     */
    public static int packets(int length, int maxPayload) {
        return length == 0 ? 1 : (length - 1) / maxPayload + 1;
    }

    /**
     * {@return the wire bytes of an answer of {@code length} bytes: every packet's header,
     * payload and checksum}
     *
     * @param length the answer's bytes, at least 0
     * @param maxPayload the most bytes a packet carries, at least 1
     * @throws ArithmeticException if the answer is larger than an array can be
     */
    public static int wireSize(int length, int maxPayload) {
        return length == 0 ? Packet.HEADER_SIZE
                : Math.addExact(length, Math.multiplyExact(packets(length, maxPayload), FRAMING));
    }

    /**
     * {@return where the answer's byte {@code index} lies in its wire form}
     *
     * @param index the byte's index in the answer, at least 0
     * @param maxPayload the most bytes a packet carries, at least 1
     */
    public static int wireIndex(int index, int maxPayload) {
        return index + index / maxPayload * FRAMING + Packet.HEADER_SIZE;
    }

    /**
     * Copies bytes into an answer's wire form, each packet's share to its payload.
     *
     * @param wire the answer's wire form, at least {@link #wireSize} bytes
     * @param index the index in the answer of the first byte copied
     * @param source the bytes copied
     * @param offset the index in {@code source} of the first byte copied
     * @param n how many bytes are copied
     * @param maxPayload the most bytes a packet carries, at least 1
     * @throws IndexOutOfBoundsException if the bytes do not lie within {@code source} or their
     *     places within {@code wire}
     */
    public static void put(byte[] wire, int index, byte[] source, int offset, int n, int maxPayload) {
        eachRun(index, n, maxPayload,
                (done, wireAt, run) -> System.arraycopy(source, offset + done, wire, wireAt, run));
    }

    /**
     * Copies a buffer's first bytes, from index 0, into an answer's wire form; the buffer's
     * position and limit are not used or changed.
     *
     * @param wire the answer's wire form, at least {@link #wireSize} bytes
     * @param index the index in the answer of the first byte copied
     * @param source the bytes copied: its indices 0 to {@code n - 1}
     * @param n how many bytes are copied
     * @param maxPayload the most bytes a packet carries, at least 1
     * @throws IndexOutOfBoundsException if the bytes do not lie within {@code source}'s capacity or
     *     their places within {@code wire}
     */
    public static void put(byte[] wire, int index, ByteBuffer source, int n, int maxPayload) {
        eachRun(index, n, maxPayload, (done, wireAt, run) -> source.get(done, wire, wireAt, run));
    }

    /**
     * Copies bytes of an answer out of its wire form, from each packet's payload.
     *
     * @param wire the answer's wire form
     * @param index the index in the answer of the first byte copied
     * @param target where the bytes go
     * @param offset the index in {@code target} of the first byte
     * @param n how many bytes are copied
     * @param maxPayload the most bytes a packet carries, at least 1
     * @throws IndexOutOfBoundsException if their places do not lie within {@code wire} or the
     *     bytes within {@code target}
     */
    public static void get(byte[] wire, int index, byte[] target, int offset, int n, int maxPayload) {
        eachRun(index, n, maxPayload,
                (done, wireAt, run) -> System.arraycopy(wire, wireAt, target, offset + done, run));
    }

    // A copy of one run of an answer's bytes that lie in one packet: the run's first byte is the
    // answer's index + done, at wireAt in the wire form.
    @FunctionalInterface
    private interface RunCopy {
        void copy(int done, int wireAt, int run);
    }

    // Cuts the answer's bytes index .. index + n - 1 at the packets' boundaries, in order.
    private static void eachRun(int index, int n, int maxPayload, RunCopy copy) {
        for (int done = 0; done < n;) {
            int at = index + done;
            int run = Math.min(n - done, maxPayload - at % maxPayload);
            copy.copy(done, wireIndex(at, maxPayload), run);
            done += run;
        }
    }

    /**
     * Fills one packet's header and payload checksum in, around the payload already in place.
     *
     * @param wire the answer's wire form
     * @param packet which packet, 0 to {@link #packets} - 1
     * @param length the answer's bytes
     * @param maxPayload the most bytes a packet carries, at least 1
     * @param sequence the packet's sequence number, 0..255
     * @param channel the channel id, 0..255
     * @param flags the packet's {@code FLAG_*} bits, 0..255
     * @param opcode the command answered, 0..255
     * @param crc false to send zero checksums, as a peer whose CRC capability is off does
     * @return the packet's first index in {@code wire}; its bytes on the wire are
     *     {@link Packet#wireSize(int) wireSize} of its payload's length ({@link #payloadLength})
     */
    public static int seal(byte[] wire, int packet, int length, int maxPayload, int sequence, int channel, int flags,
            int opcode, boolean crc) {
        int at = packet * (maxPayload + FRAMING);
        Packet.putFraming(wire, at, sequence, channel, flags, opcode, payloadLength(packet, length, maxPayload), crc);
        return at;
    }

    /**
     * {@return the payload bytes of one packet of an answer}
     *
     * @param packet which packet, 0 to {@link #packets} - 1
     * @param length the answer's bytes
     * @param maxPayload the most bytes a packet carries, at least 1
     */
    public static int payloadLength(int packet, int length, int maxPayload) {
        return Math.min(maxPayload, length - packet * maxPayload);
    }
}
