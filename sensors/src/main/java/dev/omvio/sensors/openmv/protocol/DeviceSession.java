package dev.omvio.sensors.openmv.protocol;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The device side of the OpenMV Protocol over one {@link Link}, as the firmware's
 * {@code omv_protocol.c} behaves: commands are checked (header CRC, length, sequence, payload
 * CRC) and answered on their channel; the answer carries the device's sequence number, which
 * steps for every packet sent; with the ACK capability on, every answer packet asks for an
 * acknowledgment and is retransmitted (RTX flag set, timeout doubling) until it comes, at most
 * {@link #rtxRetries} times, after which the session resets as after a PROTO_SYNC; a PROTO_SYNC
 * seen while waiting for an acknowledgment is obeyed at once. An answer longer than the max
 * payload is sent in fragments. Several commands in one read are processed one after the other,
 * as the firmware's {@code omv_protocol_poll} does (pipelining); commands that come while an
 * answer waits for its acknowledgment are kept, as the firmware keeps them in its receive
 * buffer, and processed after it.
 */
public final class DeviceSession {
    private final Link link;
    private final List<DeviceChannel> channels;
    private final Caps defaults;
    private final byte[] version;
    private final byte[] systemInfo;
    private final PacketReader reader;
    private final int rtxRetries;
    private final int rtxTimeoutMillis;
    private Caps caps;
    private int sequence;
    private int sent;
    private int received;
    private int retransmits;
    private byte[] wire = new byte[256];
    // Commands that came while an answer waited for its acknowledgment, oldest first, at most
    // RECEIVE_BUFFER bytes of them.
    private final ArrayDeque<Packet> deferred = new ArrayDeque<>();
    private int deferredBytes;

    /** The firmware's receive buffer ({@code OMV_PROTOCOL_MAX_BUFFER_SIZE}): the most bytes of commands it keeps. */
    public static final int RECEIVE_BUFFER = 4096;

    /**
     * A session that has not started serving: {@link #serve()} runs it.
     *
     * @param link the connection to the host; the session reads and writes it, and does not
     *     close it
     * @param channels the channels, their ids 1..31
     * @param defaults the capabilities at start and after a PROTO_SYNC (its max payload is the
     *     largest a host may set)
     * @param version PROTO_VERSION's 16-byte answer
     * @param systemInfo SYS_INFO's 76-byte answer
     * @param rtxRetries retransmissions of an unacknowledged packet (the firmware: 3)
     * @param rtxTimeoutMillis the first retransmission timeout, doubled after each (the firmware: 500)
     */
    public DeviceSession(Link link, List<DeviceChannel> channels, Caps defaults, byte[] version, byte[] systemInfo,
            int rtxRetries, int rtxTimeoutMillis) {
        this.link = link;
        this.channels = List.copyOf(channels);
        this.defaults = defaults;
        this.version = version.clone();
        this.systemInfo = systemInfo.clone();
        this.rtxRetries = rtxRetries;
        this.rtxTimeoutMillis = rtxTimeoutMillis;
        this.reader = new PacketReader(link, defaults.maxPayload());
        this.caps = defaults;
    }

    /**
     * Serves the host until it closes the link.
     *
     * @throws IOException if the link fails (a closed link ends the call normally)
     */
    public void serve() throws IOException {
        try {
            while (true) {
                Packet p = deferred.poll();
                if (p != null) {
                    deferredBytes -= Packet.wireSize(p.payload().length);
                } else {
                    if (!reader.hasPacket()) {
                        link.flush(); // the answers so far go out before the device waits
                        for (DeviceChannel c : channels) {
                            c.idle();
                        }
                    }
                    p = reader.next(PacketReader.NO_DEADLINE);
                }
                if (p.has(Packet.FLAG_ACK) || p.has(Packet.FLAG_NAK)) {
                    continue; // a late acknowledgment: its packet was settled already
                }
                if (caps.sequence() && p.sequence() != sequence && p.opcode() != Opcode.PROTO_SYNC
                        && !p.has(Packet.FLAG_EVENT)) {
                    status(p, Status.SEQUENCE);
                    continue;
                }
                process(p);
            }
        } catch (LinkClosedException closed) {
            // the host hung up
        } finally {
            releaseLocks(false);
        }
    }

    private void process(Packet p) throws IOException {
        received++;
        if (p.opcode() <= Opcode.SYS_MEMORY && p.channel() != 0) {
            status(p, Status.INVALID);
            return;
        }
        switch (p.opcode()) {
            case Opcode.PROTO_SYNC -> sync(p);
            case Opcode.PROTO_GET_CAPS -> answer(p, caps.encode());
            case Opcode.PROTO_SET_CAPS -> setCaps(p);
            case Opcode.PROTO_STATS -> answer(p, Bytes.ints(sent, received, (int) reader.checksumErrors(), 0,
                    retransmits, 0, 0, 0));
            case Opcode.PROTO_VERSION -> answer(p, version);
            case Opcode.SYS_INFO -> answer(p, systemInfo);
            case Opcode.CHANNEL_LIST -> answer(p, ChannelInfo.encodeList(channels.stream().map(DeviceChannel::info).toList()));
            case Opcode.CHANNEL_POLL -> {
                int bits = 0;
                for (DeviceChannel c : channels) {
                    bits |= c.poll() ? 1 << c.info().id() : 0;
                }
                answer(p, Bytes.ints(bits));
            }
            default -> channelOp(p);
        }
    }

    private void channelOp(Packet p) throws IOException {
        DeviceChannel c = channel(p.channel());
        byte[] in = p.payload();
        switch (p.opcode()) {
            case Opcode.CHANNEL_LOCK -> status(p, c != null && c.lock() ? Status.SUCCESS : Status.BUSY);
            case Opcode.CHANNEL_UNLOCK -> {
                if (c != null) {
                    c.unlock(true);
                }
                status(p, Status.SUCCESS);
            }
            case Opcode.CHANNEL_SIZE -> {
                long size = c == null ? -1 : c.size();
                if (size < 0) {
                    status(p, Status.INVALID);
                } else {
                    answer(p, Bytes.ints((int) size));
                }
            }
            case Opcode.CHANNEL_SHAPE -> {
                int[] shape = c == null ? null : c.shape();
                if (shape == null) {
                    status(p, Status.INVALID);
                } else {
                    answer(p, Bytes.ints(shape));
                }
            }
            case Opcode.CHANNEL_READ -> {
                int length = in.length < 8 ? 0 : Bytes.getInt(in, 4);
                if (c == null || length <= 0) {
                    status(p, Status.INVALID);
                    return;
                }
                long offset = Bytes.getInt(in, 0) & 0xFFFFFFFFL;
                byte[] laid = c.readLaidOut(offset, length, caps.maxPayload());
                byte[] data = laid == null ? c.read(offset, length) : null;
                if (laid == null && data == null) {
                    status(p, Status.FAILED);
                } else if (laid != null ? sendLaidOut(p.opcode(), p.channel(), 0, laid, length) : answer(p, data)) {
                    c.delivered();
                }
            }
            case Opcode.CHANNEL_WRITE -> {
                int length = in.length < 8 ? 0 : Bytes.getInt(in, 4);
                if (c == null || length <= 0 || length > in.length - 8) {
                    status(p, Status.INVALID);
                    return;
                }
                byte[] data = Arrays.copyOfRange(in, 8, 8 + length);
                status(p, c.write(Bytes.getInt(in, 0) & 0xFFFFFFFFL, data) ? Status.SUCCESS : Status.FAILED);
            }
            case Opcode.CHANNEL_IOCTL -> {
                if (c == null || in.length < 4) {
                    status(p, Status.INVALID);
                    return;
                }
                byte[] args = Arrays.copyOfRange(in, 4, in.length);
                status(p, c.ioctl(Bytes.getInt(in, 0), args) ? Status.SUCCESS : Status.FAILED);
            }
            default -> status(p, Status.INVALID);
        }
    }

    private DeviceChannel channel(int id) {
        for (DeviceChannel c : channels) {
            if (c.info().id() == id) {
                return c;
            }
        }
        return null;
    }

    private void sync(Packet p) throws IOException {
        reset();
        status(p, Status.SUCCESS);
        sequence = 0;
    }

    // As the firmware's omv_protocol_reset: sequence 0, default capabilities, every lock released.
    private void reset() {
        sequence = 0;
        deferred.clear(); // the firmware clears its receive buffer
        deferredBytes = 0;
        caps = defaults;
        reader.setCrc(caps.crc());
        reader.setMaxPayload(caps.maxPayload());
        releaseLocks(false);
    }

    private void releaseLocks(boolean byHost) {
        for (DeviceChannel c : channels) {
            c.unlock(byHost);
        }
    }

    private void setCaps(Packet p) throws IOException {
        Caps asked;
        try {
            asked = Caps.decode(p.payload());
        } catch (ProtocolException e) {
            status(p, Status.INVALID);
            return;
        }
        if (p.payload().length != Caps.SIZE || asked.maxPayload() < Caps.MIN_PAYLOAD
                || asked.maxPayload() > defaults.maxPayload()) {
            status(p, Status.INVALID);
            return;
        }
        // Acknowledged under the old capabilities, then switched, as the firmware does.
        if (status(p, Status.SUCCESS)) {
            caps = asked;
            reader.setCrc(caps.crc());
            reader.setMaxPayload(caps.maxPayload());
        }
    }

    private boolean status(Packet p, int status) throws IOException {
        if (status == Status.SUCCESS) {
            return send(p.opcode(), p.channel(), Packet.FLAG_ACK, new byte[0]);
        }
        byte[] code = new byte[2];
        Bytes.putShort(code, 0, status);
        return send(p.opcode(), p.channel(), Packet.FLAG_NAK, code);
    }

    private boolean answer(Packet p, byte[] data) throws IOException {
        return send(p.opcode(), p.channel(), 0, data);
    }

    /**
     * Sends {@code data} in as many packets as the max payload needs, laid out in the session's
     * own array.
     *
     * @return false if the exchange was abandoned (retries exhausted, or a PROTO_SYNC came)
     */
    private boolean send(int opcode, int channel, int flags, byte[] data) throws IOException {
        int max = caps.maxPayload();
        int size = PacketLayout.wireSize(data.length, max);
        if (wire.length < size) {
            wire = new byte[size];
        }
        PacketLayout.put(wire, 0, data, 0, data.length, max);
        return sendLaidOut(opcode, channel, flags, wire, data.length);
    }

    /**
     * Sends an answer of {@code length} bytes laid out in {@code laid} ({@link PacketLayout}, the
     * max payload in force): each packet's header and checksum are filled in as its turn comes.
     * With the ACK capability on, each packet is written and retransmitted until acknowledged;
     * else all are written at once, so the host is woken, and the link called, once an answer
     * rather than once a packet (a VGA frame is five 64 KiB packets).
     *
     * @return false if the exchange was abandoned (retries exhausted, or a PROTO_SYNC came)
     */
    private boolean sendLaidOut(int opcode, int channel, int flags, byte[] laid, int length) throws IOException {
        // As the firmware: status replies (ACK, NAK) and events are never acknowledged.
        boolean ackReq = caps.ack() && (flags & (Packet.FLAG_ACK | Packet.FLAG_NAK | Packet.FLAG_EVENT)) == 0;
        int max = caps.maxPayload();
        int packets = PacketLayout.packets(length, max);
        for (int k = 0; k < packets; k++) {
            int f = flags | (k < packets - 1 ? Packet.FLAG_FRAGMENT : 0) | (ackReq ? Packet.FLAG_ACK_REQ : 0);
            if (!ackReq) {
                PacketLayout.seal(laid, k, length, max, sequence, channel, f, opcode, caps.crc());
            } else if (!deliver(opcode, channel, f, laid, k, length)) {
                return false;
            }
            sequence = (sequence + 1) & 0xFF;
            sent++;
        }
        if (!ackReq) {
            link.write(laid, 0, PacketLayout.wireSize(length, max));
        }
        return true;
    }

    // Packet k of an answer laid out in laid, written and flushed, then retransmitted until the
    // host acknowledges it.
    private boolean deliver(int opcode, int channel, int flags, byte[] laid, int k, int length) throws IOException {
        writePacket(opcode, channel, flags, laid, k, length);
        long timeout = rtxTimeoutMillis;
        for (int retry = 0;; retry++) {
            long deadline = System.nanoTime() + timeout * 1_000_000L;
            try {
                while (true) {
                    Packet p = reader.next(deadline);
                    if (p.opcode() == Opcode.PROTO_SYNC && !p.has(Packet.FLAG_ACK)) {
                        sync(p);
                        return false;
                    }
                    if ((p.has(Packet.FLAG_ACK) || p.has(Packet.FLAG_NAK)) && p.opcode() == opcode
                            && p.sequence() == sequence) {
                        if (p.has(Packet.FLAG_ACK)) {
                            return true;
                        }
                        break; // a NAK: send again now
                    }
                    defer(p);
                }
            } catch (ProtocolTimeoutException noAck) {
                // retransmit below
            } catch (InterruptedIOException interrupted) {
                throw interrupted;
            }
            if (retry >= rtxRetries) {
                reset();
                return false;
            }
            timeout *= 2;
            retransmits++;
            writePacket(opcode, channel, flags | Packet.FLAG_RTX, laid, k, length);
        }
    }

    private void writePacket(int opcode, int channel, int flags, byte[] laid, int k, int length) throws IOException {
        int max = caps.maxPayload();
        int at = PacketLayout.seal(laid, k, length, max, sequence, channel, flags, opcode, caps.crc());
        link.write(laid, at, Packet.wireSize(PacketLayout.payloadLength(k, length, max)));
        link.flush();
    }

    // A command that came behind the one being answered, kept while the firmware's buffer would
    // hold it (a late acknowledgment is dropped: the firmware ignores it too).
    private void defer(Packet p) {
        int size = Packet.wireSize(p.payload().length);
        if (!p.has(Packet.FLAG_ACK) && !p.has(Packet.FLAG_NAK) && deferredBytes + size <= RECEIVE_BUFFER) {
            deferred.add(p);
            deferredBytes += size;
        }
    }

    /**
     * {@return the capabilities in force: the defaults at start and after a PROTO_SYNC or a
     * reset, else the last ones a host set}
     */
    public Caps caps() {
        return caps;
    }

    /** {@return the channels served, in CHANNEL_LIST order (a copy the caller may change)} */
    public List<DeviceChannel> channels() {
        return new ArrayList<>(channels);
    }
}
