package dev.omvio.sensors.openmv.protocol;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The host side of the OpenMV Protocol over one {@link Link}, as OpenMV's own host library
 * speaks it: one sequence number shared with the device (a command carries it, the answer
 * repeats it, both sides step it for every packet of the answer), every answer packet that asks
 * for it acknowledged, fragments reassembled, retransmitted duplicates acknowledged again and
 * dropped, events acknowledged and skipped.
 *
 * <p>Recovery: a call that times out, meets a checksum or sequence NAK, or finds only garbage
 * resynchronises (PROTO_SYNC, then the capabilities again) and is tried again, at most
 * {@link Options#retries()} times; then it fails with a {@link ProtocolException}. Bounds: every
 * packet is awaited at most {@link Options#timeoutMillis()}, an answer is at most the length the
 * command can produce (a read: the length asked), and a call meets at most
 * {@link #MAX_STRAY_PACKETS} packets that are not part of its answer.
 *
 * <p>A session belongs to one thread at a time.
 */
public final class HostSession implements Closeable {
    /** Packets that are not part of the answer (events, duplicates, stale answers) one call tolerates. */
    public static final int MAX_STRAY_PACKETS = 256;
    /** The longest answer of a command other than a read. */
    public static final int MAX_CONTROL_ANSWER = 4096;
    /** Commands a session keeps posted at most ({@link #post}), their answers not yet collected. */
    public static final int MAX_POSTED = 8;

    /**
     * How the host talks.
     *
     * @param timeoutMillis how long any one packet is awaited
     * @param retries how many times a failed call is resynchronised and tried again
     * @param caps the capabilities to ask for (the max payload is capped at the device's)
     */
    public record Options(int timeoutMillis, int retries, Caps caps) {
        /** OpenMV's host library's: a second per packet, three retries, the firmware's capabilities. */
        public static final Options DEFAULT = new Options(1000, 3, Caps.DEFAULT);

        /**
         * Checks the values.
         *
         * @param timeoutMillis how long any one packet is awaited, in milliseconds, at least 1
         * @param retries how many times a failed call is resynchronised and tried again, at least 0
         * @param caps the capabilities to ask for; their max payload at least
         *     {@link Caps#MIN_PAYLOAD}
         * @throws IllegalArgumentException if a value is out of range
         */
        public Options {
            if (timeoutMillis < 1 || retries < 0 || caps.maxPayload() < Caps.MIN_PAYLOAD) {
                throw new IllegalArgumentException("timeout must be >= 1 ms, retries >= 0, max payload >= "
                        + Caps.MIN_PAYLOAD + ": got " + timeoutMillis + ", " + retries + ", " + caps.maxPayload());
            }
        }
    }

    /** A protocol call, retried as a whole after a resynchronisation. */
    @FunctionalInterface
    public interface Call<T> {
        /**
         * Runs the call: one or more commands on the session.
         *
         * @return the call's result
         * @throws IOException if the call fails; a {@link ProtocolException} that
         *     {@link ProtocolException#isRecoverable() is recoverable} has the call run again
         *     after a resynchronisation
         */
        T run() throws IOException;
    }

    private final Link link;
    private final Options options;
    private final PacketReader reader;
    private Caps caps = Caps.DEFAULT;
    private int sequence;
    private long resyncs;
    private boolean synced;
    private byte[] wire = new byte[256];
    private int queued; // bytes of posted commands laid out in wire, not yet written
    // The posted commands whose answers are not yet collected, oldest first, in a ring.
    private final int[] postedOpcode = new int[MAX_POSTED];
    private final int[] postedChannel = new int[MAX_POSTED];
    private final int[] postedMax = new int[MAX_POSTED];
    private int postedHead;
    private int posted;

    /**
     * A session over {@code link}, not yet synchronised: {@link #connect()} before anything else.
     *
     * @param link the connection to the device; the session owns it from now on, and
     *     {@link #close()} closes it
     * @param options timeouts, retries and the capabilities to ask for
     */
    public HostSession(Link link, Options options) {
        this.link = link;
        this.options = options;
        this.reader = new PacketReader(link, Packet.MAX_LENGTH);
    }

    /**
     * Synchronises with the device and negotiates the capabilities ({@link #resync()}), retried
     * as any call.
     *
     * @throws ProtocolTimeoutException if the device answers no PROTO_SYNC (not recoverable:
     *     nothing on the other end speaks the protocol)
     * @throws ProtocolException if every attempt failed, {@link Options#retries()} + 1 of them
     *     (a timeout, garbage, an answer of the wrong length, a CHECKSUM, SEQUENCE or TIMEOUT
     *     NAK), or one failed in a way a resynchronisation does not repair (the device silent,
     *     the link closed, any other NAK)
     * @throws IOException if the link fails otherwise ({@link java.io.InterruptedIOException}
     *     if the thread is interrupted)
     */
    public void connect() throws IOException {
        retrying(() -> null);
    }

    /**
     * {@return the capabilities in force: those agreed at the last resynchronisation, or the
     * firmware's defaults ({@link Caps#DEFAULT}) before the first and while one runs}
     */
    public Caps caps() {
        return caps;
    }

    /**
     * {@return how many times the session resynchronised after a failed call (the first
     * synchronisation and {@link #resync()} called directly not counted)}
     */
    public long resyncs() {
        return resyncs;
    }

    /** {@return the link to the device, for messages ({@link Link#describe()})} */
    public Link link() {
        return link;
    }

    /**
     * Runs {@code call} on a synchronised session: the first call of a session synchronises
     * first, and if the call fails in a way a resynchronisation repairs, the session is
     * resynchronised and the call run again, at most {@link Options#retries()} times. A failure
     * a resynchronisation does not repair ({@link ProtocolException#isRecoverable()} false, or an
     * {@link IOException} that is not a {@link ProtocolException}) is thrown at once.
     *
     * @param <T> the call's result type
     * @param call the call; it may run several times, so it must be safe to repeat
     * @return what the call returned on its first success
     * @throws ProtocolException with the last failure's message once the retries are spent (a
     *     {@link ProtocolTimeoutException} if that failure was a timeout), or the failure itself
     *     if a resynchronisation does not repair it
     * @throws IOException if the link or the call fails otherwise
     */
    public <T> T retrying(Call<T> call) throws IOException {
        ProtocolException last = null;
        for (int attempt = 0; attempt <= options.retries(); attempt++) {
            try {
                if (last != null || !synced) {
                    if (last != null) {
                        resyncs++;
                    }
                    resync();
                }
                return call.run();
            } catch (ProtocolException e) {
                if (!e.isRecoverable()) {
                    throw e;
                }
                synced = false;
                last = e;
            }
        }
        String message = last.getMessage() + " (" + options.retries() + " resynchronisations with "
                + link.describe() + " did not help)";
        throw last instanceof ProtocolTimeoutException ? new ProtocolTimeoutException(message)
                : new ProtocolException(message, last);
    }

    /**
     * PROTO_SYNC until the device answers (the retransmission timeout starts at the packet
     * timeout and doubles, as the specification's), then GET_CAPS and SET_CAPS: the capabilities
     * of {@link Options#caps()}, their max payload capped at the one the device offers. Bytes
     * received and not yet read are dropped, so are the commands posted and not yet answered,
     * and the device releases every channel lock. Not
     * retried as a whole: a caller that wants that uses {@link #connect()}.
     *
     * @throws ProtocolTimeoutException (not recoverable) if the device answers none of
     *     {@link Options#retries()} + 1 PROTO_SYNCs, the wait for each twice the one before,
     *     starting at {@link Options#timeoutMillis()}, or (recoverable) if a packet of the
     *     GET_CAPS or SET_CAPS answer does not come within {@link Options#timeoutMillis()}
     * @throws NakException if the device refuses GET_CAPS or SET_CAPS (its status says why)
     * @throws ProtocolException if the answer to PROTO_SYNC does not come among
     *     {@link #MAX_STRAY_PACKETS} other packets, or GET_CAPS's answer is shorter than 6 or
     *     longer than {@link Caps#SIZE} bytes
     * @throws IOException if the link fails ({@link LinkClosedException} when the device hangs up)
     */
    public void resync() throws IOException {
        synced = false;
        reader.clear();
        forgetPosted();
        useCaps(Caps.DEFAULT);
        long wait = options.timeoutMillis();
        for (int attempt = 0;; attempt++) {
            sequence = 0;
            try {
                send(new Packet(0, 0, 0, Opcode.PROTO_SYNC, null));
                awaitSyncAck(System.nanoTime() + wait * 1_000_000);
                break;
            } catch (ProtocolTimeoutException e) {
                if (attempt >= options.retries()) {
                    throw new ProtocolTimeoutException("no answer from the camera at " + link.describe()
                            + " to " + (attempt + 1) + " synchronisations", false);
                }
                wait *= 2;
            }
        }
        sequence = 0;
        Caps offered = Caps.decode(transact(Opcode.PROTO_GET_CAPS, 0, null, Caps.SIZE));
        Caps wanted = options.caps();
        Caps agreed = new Caps(wanted.crc(), wanted.sequence(), wanted.ack(), wanted.events(),
                Math.min(offered.maxPayload(), wanted.maxPayload()));
        transact(Opcode.PROTO_SET_CAPS, 0, agreed.encode(), 2);
        useCaps(agreed);
        synced = true;
    }

    private void useCaps(Caps c) {
        caps = c;
        reader.setCrc(c.crc());
        reader.setMaxPayload(Math.max(c.maxPayload(), Caps.SIZE * 8));
    }

    // Everything but the SYNC's own answer (the rest of an interrupted exchange) is let go.
    private void awaitSyncAck(long deadline) throws IOException {
        for (int stray = 0; stray <= MAX_STRAY_PACKETS; stray++) {
            Packet p = reader.next(deadline);
            if (p.opcode() == Opcode.PROTO_SYNC && p.has(Packet.FLAG_ACK)) {
                if (p.has(Packet.FLAG_ACK_REQ)) {
                    acknowledge(p);
                }
                return;
            }
        }
        throw new ProtocolException("the camera at " + link.describe() + " sent " + MAX_STRAY_PACKETS
                + " packets but no answer to PROTO_SYNC");
    }

    /**
     * Asks for the versions (PROTO_VERSION), retried as any call.
     *
     * @return the protocol, bootloader and firmware versions
     * @throws ProtocolException if every attempt failed, {@link Options#retries()} + 1 of them
     *     (a timeout, garbage, an answer of the wrong length, a CHECKSUM, SEQUENCE or TIMEOUT
     *     NAK), or one failed in a way a resynchronisation does not repair (the device silent,
     *     the link closed, any other NAK)
     * @throws IOException if the link fails otherwise ({@link java.io.InterruptedIOException}
     *     if the thread is interrupted)
     */
    public VersionInfo version() throws IOException {
        return retrying(() -> VersionInfo.decode(transact(Opcode.PROTO_VERSION, 0, null, MAX_CONTROL_ANSWER)));
    }

    /**
     * Asks for the system information (SYS_INFO), retried as any call.
     *
     * @return the device's ids, capabilities and memory sizes
     * @throws ProtocolException if every attempt failed, {@link Options#retries()} + 1 of them
     *     (a timeout, garbage, an answer of the wrong length, a CHECKSUM, SEQUENCE or TIMEOUT
     *     NAK), or one failed in a way a resynchronisation does not repair (the device silent,
     *     the link closed, any other NAK)
     * @throws IOException if the link fails otherwise ({@link java.io.InterruptedIOException}
     *     if the thread is interrupted)
     */
    public SystemInfo systemInfo() throws IOException {
        return retrying(() -> SystemInfo.decode(transact(Opcode.SYS_INFO, 0, null, MAX_CONTROL_ANSWER)));
    }

    /**
     * Asks for the device's protocol statistics (PROTO_STATS), retried as any call.
     *
     * @return one value per whole 32-bit field of the answer, each an unsigned count (mask with
     *     {@code 0xFFFFFFFFL}): for the 32 bytes of the specification, packets sent, packets
     *     received, checksum errors, sequence errors, retransmissions, transport errors, events
     *     sent and a reserved word
     * @throws ProtocolException if every attempt failed, {@link Options#retries()} + 1 of them
     *     (a timeout, garbage, an answer of the wrong length, a CHECKSUM, SEQUENCE or TIMEOUT
     *     NAK), or one failed in a way a resynchronisation does not repair (the device silent,
     *     the link closed, any other NAK)
     * @throws IOException if the link fails otherwise ({@link java.io.InterruptedIOException}
     *     if the thread is interrupted)
     */
    public int[] stats() throws IOException {
        byte[] b = retrying(() -> transact(Opcode.PROTO_STATS, 0, null, MAX_CONTROL_ANSWER));
        int[] counters = new int[b.length / 4];
        for (int i = 0; i < counters.length; i++) {
            counters[i] = Bytes.getInt(b, 4 * i);
        }
        return counters;
    }

    /**
     * Lists the device's channels (CHANNEL_LIST), retried as any call.
     *
     * @return the channels, in the device's order
     * @throws ProtocolException if every attempt failed, {@link Options#retries()} + 1 of them
     *     (a timeout, garbage, an answer of the wrong length, a CHECKSUM, SEQUENCE or TIMEOUT
     *     NAK), or one failed in a way a resynchronisation does not repair (the device silent,
     *     the link closed, any other NAK)
     * @throws IOException if the link fails otherwise ({@link java.io.InterruptedIOException}
     *     if the thread is interrupted)
     */
    public List<ChannelInfo> channels() throws IOException {
        return retrying(() -> ChannelInfo.decodeList(transact(Opcode.CHANNEL_LIST, 0, null, 32 * ChannelInfo.SIZE)));
    }

    /**
     * Asks which channels have data (CHANNEL_POLL), retried as any call.
     *
     * @return a bit mask: bit i set when channel i has data for the host
     * @throws ProtocolException if every attempt failed, {@link Options#retries()} + 1 of them
     *     (a timeout, garbage, an answer of the wrong length, a CHECKSUM, SEQUENCE or TIMEOUT
     *     NAK), or one failed in a way a resynchronisation does not repair (the device silent,
     *     the link closed, any other NAK)
     * @throws IOException if the link fails otherwise ({@link java.io.InterruptedIOException}
     *     if the thread is interrupted)
     */
    public int poll() throws IOException {
        return retrying(() -> word(transact(Opcode.CHANNEL_POLL, 0, null, MAX_CONTROL_ANSWER), "CHANNEL_POLL"));
    }

    /**
     * CHANNEL_LOCK, once (no retry: a resynchronisation unlocks every channel, so the caller
     * retries the whole locked exchange).
     *
     * @param channel the channel id, 0..255
     * @return true if the host now holds the lock; false if the device answered
     *     {@link Status#BUSY} (for the stream: no frame ready yet)
     * @throws NakException if the device refuses the lock for another reason than BUSY
     *     (such as INVALID: the channel has no lock)
     * @throws ProtocolTimeoutException if a packet of the answer does not come within
     *     {@link Options#timeoutMillis()}
     * @throws ProtocolException if the answer is longer than 2 bytes (a status), or does not come
     *     among {@link #MAX_STRAY_PACKETS} other packets
     * @throws IOException if the link fails ({@link LinkClosedException} when the device hangs up)
     */
    public boolean lock(int channel) throws IOException {
        try {
            transact(Opcode.CHANNEL_LOCK, channel, null, 2);
            return true;
        } catch (NakException e) {
            if (e.status() == Status.BUSY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * CHANNEL_UNLOCK, once: releases the host's lock on a channel (for the stream: the frame
     * read, so that the camera can offer the next).
     *
     * @param channel the channel id, 0..255
     * @throws NakException if the device refuses the command (its status says why)
     * @throws ProtocolTimeoutException if a packet of the answer does not come within
     *     {@link Options#timeoutMillis()}
     * @throws ProtocolException if the answer is longer than 2 bytes (a status), or does not come
     *     among {@link #MAX_STRAY_PACKETS} other packets
     * @throws IOException if the link fails ({@link LinkClosedException} when the device hangs up)
     */
    public void unlock(int channel) throws IOException {
        transact(Opcode.CHANNEL_UNLOCK, channel, null, 2);
    }

    /**
     * CHANNEL_SIZE, once.
     *
     * @param channel the channel id, 0..255
     * @return the bytes the channel holds for the host (for a locked stream: the frame header and
     *     the frame), 0..2<sup>32</sup>-1
     * @throws NakException if the device refuses the command (INVALID: the channel has no
     *     size)
     * @throws ProtocolTimeoutException if a packet of the answer does not come within
     *     {@link Options#timeoutMillis()}
     * @throws ProtocolException if the answer is shorter than 4 bytes or longer than
     *     {@link #MAX_CONTROL_ANSWER}, or does not come among {@link #MAX_STRAY_PACKETS} other
     *     packets
     * @throws IOException if the link fails ({@link LinkClosedException} when the device hangs up)
     */
    public long size(int channel) throws IOException {
        return word(transact(Opcode.CHANNEL_SIZE, channel, null, MAX_CONTROL_ANSWER), "CHANNEL_SIZE") & 0xFFFFFFFFL;
    }

    /**
     * CHANNEL_SHAPE, once.
     *
     * @param channel the channel id, 0..255
     * @return the shape, one value per whole 32-bit field of the answer (1 to 4 of them for the
     *     specification's channels; for the stream, {@code {size}} for a compressed frame or
     *     {@code {width, height, bpp}} for a raw one)
     * @throws NakException if the device refuses the command (INVALID: the channel has no
     *     shape)
     * @throws ProtocolTimeoutException if a packet of the answer does not come within
     *     {@link Options#timeoutMillis()}
     * @throws ProtocolException if the answer is longer than 16 bytes, or does not
     *     come among {@link #MAX_STRAY_PACKETS} other packets
     * @throws IOException if the link fails ({@link LinkClosedException} when the device hangs up)
     */
    public int[] shape(int channel) throws IOException {
        byte[] b = transact(Opcode.CHANNEL_SHAPE, channel, null, 16);
        int[] shape = new int[b.length / 4];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = Bytes.getInt(b, 4 * i);
        }
        return shape;
    }

    /**
     * CHANNEL_READ, once: {@code length} bytes from {@code offset}, however many fragments the
     * device sends them in.
     *
     * @param channel the channel id, 0..255
     * @param offset where to start reading, in the channel's own addressing (for the stream: a
     *     byte position, the frame header's first byte 0); sent as 32 bits, so 0..2<sup>32</sup>-1
     * @param length how many bytes to read, at least 1
     * @return the bytes the device sent, at most {@code length}
     * @throws NakException if the device refuses the read (such as FAILED: the bytes are not
     *     there)
     * @throws ProtocolTimeoutException if a fragment does not come within
     *     {@link Options#timeoutMillis()}
     * @throws ProtocolException if the device sends more than {@code length} bytes, or the
     *     answer does not come among {@link #MAX_STRAY_PACKETS} other packets
     * @throws IOException if the link fails ({@link LinkClosedException} when the device hangs up)
     */
    public byte[] read(int channel, long offset, int length) throws IOException {
        byte[] request = Bytes.ints((int) offset, length);
        return transact(Opcode.CHANNEL_READ, channel, request, length);
    }

    /**
     * CHANNEL_WRITE, once per packet: {@code data} in pieces that fit the max payload (each the
     * payload less the 8-byte offset and length), each at its offset from the start of
     * {@code data}. A piece the device refuses ends the write; the pieces before it stay written.
     *
     * @param channel the channel id, 0..255
     * @param data the bytes, written from the channel's offset 0; nothing is sent if it is empty
     * @throws NakException if the device refuses a piece (its status says why)
     * @throws ProtocolTimeoutException if a packet of the answer does not come within
     *     {@link Options#timeoutMillis()}
     * @throws ProtocolException if the answer is longer than 2 bytes (a status), or does not come
     *     among {@link #MAX_STRAY_PACKETS} other packets
     * @throws IOException if the link fails ({@link LinkClosedException} when the device hangs up)
     */
    public void write(int channel, byte[] data) throws IOException {
        int chunk = caps.maxPayload() - 8;
        for (int at = 0; at < data.length; at += chunk) {
            int n = Math.min(chunk, data.length - at);
            byte[] payload = new byte[8 + n];
            Bytes.putInt(payload, 0, at);
            Bytes.putInt(payload, 4, n);
            System.arraycopy(data, at, payload, 8, n);
            transact(Opcode.CHANNEL_WRITE, channel, payload, 2);
        }
    }

    /**
     * CHANNEL_IOCTL, once: a request code and its 32-bit arguments, such as the stream's
     * STREAM_CTRL (request 0) with 1 to switch streaming on and 0 to switch it off.
     *
     * @param channel the channel id, 0..255
     * @param request the channel-specific request code
     * @param args the request's arguments, one 32-bit field each; none for a request that takes
     *     none
     * @throws NakException if the device refuses the request (unknown, wrong arguments or
     *     failed)
     * @throws ProtocolTimeoutException if a packet of the answer does not come within
     *     {@link Options#timeoutMillis()}
     * @throws ProtocolException if the answer is longer than 2 bytes (a status), or does not come
     *     among {@link #MAX_STRAY_PACKETS} other packets
     * @throws IOException if the link fails ({@link LinkClosedException} when the device hangs up)
     */
    public void ioctl(int channel, int request, int... args) throws IOException {
        int[] words = new int[args.length + 1];
        words[0] = request;
        System.arraycopy(args, 0, words, 1, args.length);
        transact(Opcode.CHANNEL_IOCTL, channel, Bytes.ints(words), 2);
    }

    /**
     * CHANNEL_READ, once, into {@code into} from {@code at}: {@code length} bytes from
     * {@code offset}, however many fragments the device sends them in; no copy but the one
     * into {@code into}.
     *
     * @param channel the channel id, 0..255
     * @param offset where to start reading, in the channel's own addressing (for the stream: a
     *     byte position, the frame header's first byte 0); sent as 32 bits, so 0..2<sup>32</sup>-1
     * @param length how many bytes to read, at least 1
     * @param into where the bytes go
     * @param at the index in {@code into} of the first byte
     * @return the bytes received, at most {@code length}; those after them in {@code into} are
     *     left as they were
     * @throws IllegalArgumentException if {@code length} bytes do not fit in {@code into} from
     *     {@code at}
     * @throws NakException if the device refuses the read (such as FAILED: the bytes are not
     *     there)
     * @throws ProtocolTimeoutException if a fragment does not come within
     *     {@link Options#timeoutMillis()}
     * @throws ProtocolException if the device sends more than {@code length} bytes, or the
     *     answer does not come among {@link #MAX_STRAY_PACKETS} other packets
     * @throws IOException if the link fails ({@link LinkClosedException} when the device hangs up)
     */
    public int readInto(int channel, long offset, int length, byte[] into, int at) throws IOException {
        if (length > into.length - at) {
            throw new IllegalArgumentException(length + " bytes do not fit at " + at + " of " + into.length);
        }
        Answer answer = exchange(Opcode.CHANNEL_READ, channel, Bytes.ints((int) offset, length), length, into, at);
        return answer.length;
    }

    /**
     * Sends one command and collects its answer, once: the answer's packets are acknowledged
     * when they ask for it and its fragments gathered; events, retransmitted duplicates and
     * stale answers are skipped. The answers to commands posted before it and not collected
     * are skipped first ({@link #skipAnswers(int)}).
     *
     * @param opcode the command, one of {@link Opcode}'s
     * @param channel the channel id, 0..255 (0 for the protocol and system commands)
     * @param payload the command's payload; null or empty for none
     * @param maxAnswer the longest answer accepted, in bytes
     * @return the answer's payload (empty for a bare ACK)
     * @throws NakException if the device refused the command
     * @throws ProtocolTimeoutException if a packet of the answer does not come within
     *     {@link Options#timeoutMillis()}
     * @throws ProtocolException if the answer is longer than {@code maxAnswer}, or does not come
     *     among {@link #MAX_STRAY_PACKETS} other packets
     * @throws IOException if the link fails ({@link LinkClosedException} when the device hangs up)
     * @throws IllegalArgumentException if {@code opcode}, {@code channel} or the payload's length
     *     does not fit its field
     */
    public byte[] transact(int opcode, int channel, byte[] payload, int maxAnswer) throws IOException {
        Answer answer = exchange(opcode, channel, payload, maxAnswer, null, 0);
        return answer.whole != null ? answer.whole : Arrays.copyOf(answer.into, answer.length);
    }

    /**
     * Lays a command out to be sent without waiting for its answer (pipelining): it goes out,
     * with every command posted after it, in one write at the next {@link #flush()} or
     * collection, and its answer is collected later, in posting order, by {@link #answer()},
     * {@link #answerInto(byte[], int)} or {@link #skipAnswers(int)} (or skipped by the next
     * one-command call). The firmware processes every whole packet one read brings it, one
     * after the other ({@code omv_protocol_poll} in {@code omv_protocol.c}), and each answer
     * packet steps its sequence number; so a posted command carries the number the device will
     * expect once the answers before it are sent, which is known only while each of those is one
     * packet: a command whose answer may take several (a {@code maxAnswer} larger than the max
     * payload, such as a long read) must be the last posted until its answer is collected.
     *
     * @param opcode the command, one of {@link Opcode}'s
     * @param channel the channel id, 0..255 (0 for the protocol and system commands)
     * @param payload the command's payload; null or empty for none
     * @param maxAnswer the longest answer accepted, in bytes, at least 0
     * @throws IllegalStateException if {@link #MAX_POSTED} commands are posted already, or the
     *     last one posted may be answered in several packets
     * @throws IllegalArgumentException if {@code opcode}, {@code channel} or the payload's length
     *     does not fit its field
     */
    public void post(int opcode, int channel, byte[] payload, int maxAnswer) {
        if (posted == MAX_POSTED) {
            throw new IllegalStateException(MAX_POSTED + " commands are posted already");
        }
        if (posted > 0 && postedMax[slot(posted - 1)] > caps.maxPayload()) {
            throw new IllegalStateException("the answer to " + Opcode.name(postedOpcode[slot(posted - 1)])
                    + " may come in several packets: collect it before posting " + Opcode.name(opcode));
        }
        if (channel < 0 || channel > 255 || opcode < 0 || opcode > 255) {
            throw new IllegalArgumentException("opcode and channel must be 0..255, got " + opcode + ", " + channel);
        }
        append((sequence + posted) & 0xFF, channel, 0, opcode, payload);
        int at = slot(posted);
        postedOpcode[at] = opcode;
        postedChannel[at] = channel;
        postedMax[at] = maxAnswer;
        posted++;
    }

    /** {@return how many posted commands have answers not yet collected} */
    public int posted() {
        return posted;
    }

    /**
     * Writes the commands posted and not yet sent, all in one write; nothing if there are none.
     *
     * @throws IOException if the link fails ({@link LinkClosedException} when the device hangs
     *     up); the posted commands are then forgotten
     */
    public void flush() throws IOException {
        if (queued > 0) {
            int n = queued;
            queued = 0;
            try {
                link.write(wire, 0, n);
            } catch (IOException e) {
                forgetPosted();
                throw e;
            }
        }
    }

    /**
     * Collects the answer to the oldest posted command (sending what is posted first), as a
     * one-command call does: acknowledged, gathered, other packets skipped.
     *
     * @return the answer's payload (empty for a bare ACK)
     * @throws IllegalStateException if no command is posted
     * @throws NakException if the device refused the command (the later posted commands stay
     *     posted, their answers to collect)
     * @throws ProtocolTimeoutException if a packet of the answer does not come within
     *     {@link Options#timeoutMillis()}
     * @throws ProtocolException if the answer is longer than the command's {@code maxAnswer}, or
     *     does not come among {@link #MAX_STRAY_PACKETS} other packets
     * @throws IOException if the link fails ({@link LinkClosedException} when the device hangs
     *     up); after any failure but a NAK, every posted command is forgotten (a
     *     resynchronisation is due)
     */
    public byte[] answer() throws IOException {
        Answer answer = collect(null, 0, false);
        return answer.whole != null ? answer.whole : Arrays.copyOf(answer.into, answer.length);
    }

    /**
     * Collects the answer to the oldest posted command into {@code into} from {@code at}, as
     * {@link #readInto(int, long, int, byte[], int)} does: no copy but the one into
     * {@code into}.
     *
     * @param into where the answer's bytes go; the command's {@code maxAnswer} bytes must fit
     *     from {@code at}
     * @param at the index in {@code into} of the first byte
     * @return the bytes received, at most the command's {@code maxAnswer}
     * @throws IllegalStateException if no command is posted
     * @throws IllegalArgumentException if the command's {@code maxAnswer} bytes do not fit in
     *     {@code into} from {@code at}
     * @throws NakException if the device refused the command (the later posted commands stay
     *     posted)
     * @throws ProtocolTimeoutException if a packet of the answer does not come within
     *     {@link Options#timeoutMillis()}
     * @throws ProtocolException if the answer is longer than the command's {@code maxAnswer}, or
     *     does not come among {@link #MAX_STRAY_PACKETS} other packets
     * @throws IOException if the link fails; after any failure but a NAK, every posted command
     *     is forgotten
     */
    public int answerInto(byte[] into, int at) throws IOException {
        if (posted > 0 && postedMax[postedHead] > into.length - at) {
            throw new IllegalArgumentException(postedMax[postedHead] + " bytes do not fit at " + at + " of "
                    + into.length);
        }
        return collect(into, at, false).length;
    }

    /**
     * Collects and drops the answers to the {@code n} oldest posted commands, NAKs included (a
     * read's bytes are not copied anywhere).
     *
     * @param n how many, 0..{@link #posted()}
     * @throws IllegalStateException if fewer than {@code n} commands are posted
     * @throws ProtocolTimeoutException if a packet of an answer does not come within
     *     {@link Options#timeoutMillis()}
     * @throws ProtocolException if an answer is longer than its command's {@code maxAnswer}, or
     *     does not come among {@link #MAX_STRAY_PACKETS} other packets
     * @throws IOException if the link fails; after any such failure every posted command is
     *     forgotten
     */
    public void skipAnswers(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            try {
                collect(null, 0, true);
            } catch (NakException refused) {
                // nobody waits for this answer
            }
        }
    }

    // An answer: one packet's payload as it came, or the fragments gathered into an array.
    private record Answer(byte[] whole, byte[] into, int length) {
    }

    private static final Answer SKIPPED = new Answer(null, null, 0);

    private Answer exchange(int opcode, int channel, byte[] payload, int maxAnswer, byte[] into, int at)
            throws IOException {
        if (posted == MAX_POSTED || posted > 0 && postedMax[slot(posted - 1)] > caps.maxPayload()) {
            skipAnswers(posted); // this command's sequence number is known only after those answers
        }
        int earlier = posted;
        post(opcode, channel, payload, maxAnswer);
        skipAnswers(earlier);
        return collect(into, at, false);
    }

    private int slot(int i) {
        return (postedHead + i) % MAX_POSTED;
    }

    private void forgetPosted() {
        posted = 0;
        queued = 0;
    }

    private Answer collect(byte[] into, int at, boolean discard) throws IOException {
        if (posted == 0) {
            throw new IllegalStateException("no command is posted");
        }
        flush();
        int opcode = postedOpcode[postedHead];
        int channel = postedChannel[postedHead];
        int maxAnswer = postedMax[postedHead];
        postedHead = slot(1);
        posted--;
        try {
            return receive(opcode, channel, maxAnswer, into, at, discard);
        } catch (NakException refused) {
            throw refused;
        } catch (IOException | RuntimeException broken) {
            forgetPosted(); // the answers no longer line up with the commands
            throw broken;
        }
    }

    // The answer to the command whose number is `sequence`: into `into` from `at` when it is not
    // null, counted and dropped when `discard`, else as a payload.
    private Answer receive(int opcode, int channel, int maxAnswer, byte[] into, int at, boolean discard)
            throws IOException {
        boolean copy = into == null && !discard;
        byte[] gathered = into;
        int length = 0;
        int stray = 0;
        while (true) {
            // A read's fragments go to their place from the reader's buffer, or straight from the link.
            long deadline = System.nanoTime() + options.timeoutMillis() * 1_000_000L;
            Packet p = into != null ? reader.next(deadline, into, at + length) : reader.next(deadline, copy);
            boolean duplicate = p.has(Packet.FLAG_RTX) && p.sequence() != sequence;
            boolean stale = caps.sequence() && p.sequence() != sequence;
            if (p.has(Packet.FLAG_EVENT) || duplicate || stale || p.opcode() != opcode) {
                if (p.has(Packet.FLAG_ACK_REQ) && (p.has(Packet.FLAG_EVENT) || duplicate)) {
                    acknowledge(p);
                }
                if (++stray > MAX_STRAY_PACKETS) {
                    throw new ProtocolException("the camera at " + link.describe() + " sent " + stray
                            + " packets that do not answer " + Opcode.name(opcode));
                }
                continue;
            }
            if (p.has(Packet.FLAG_ACK_REQ)) {
                acknowledge(p);
            }
            sequence = (sequence + 1) & 0xFF;
            int n = copy ? p.payload().length : reader.payloadLength();
            if (p.has(Packet.FLAG_NAK)) {
                int status = p.status();
                if (!copy && n >= 2) {
                    byte[] code = into;
                    int codeAt = at + length;
                    if (!reader.payloadPlaced()) {
                        code = new byte[n];
                        codeAt = 0;
                        reader.copyPayload(code, 0);
                    }
                    status = Bytes.getShort(code, codeAt);
                }
                throw new NakException(opcode, channel, status);
            }
            if (length + n > maxAnswer) {
                throw new ProtocolException("the camera at " + link.describe() + " answered " + Opcode.name(opcode)
                        + " with more than " + maxAnswer + " bytes");
            }
            if (!copy) {
                if (into != null && !reader.payloadPlaced()) {
                    reader.copyPayload(into, at + length);
                }
                length += n;
                if (!p.has(Packet.FLAG_FRAGMENT)) {
                    return into != null ? new Answer(null, into, length) : SKIPPED;
                }
                continue;
            }
            byte[] piece = p.payload();
            if (!p.has(Packet.FLAG_FRAGMENT) && length == 0) {
                return new Answer(piece, null, piece.length);
            }
            if (gathered == null) {
                gathered = new byte[Math.min(maxAnswer, 1 << 16)];
            } else if (length + piece.length > gathered.length) {
                gathered = Arrays.copyOf(gathered, (int) Math.min(maxAnswer, 2L * (length + piece.length)));
            }
            System.arraycopy(piece, 0, gathered, length, piece.length);
            length += piece.length;
            if (!p.has(Packet.FLAG_FRAGMENT)) {
                return new Answer(null, gathered, length);
            }
        }
    }

    private void acknowledge(Packet p) throws IOException {
        send(p.sequence(), p.channel(), Packet.FLAG_ACK, p.opcode(), null);
    }

    private void send(Packet p) throws IOException {
        send(p.sequence(), p.channel(), p.flags(), p.opcode(), p.payload());
    }

    // Sent at once, after whatever is posted and not yet written, in one write.
    private void send(int seq, int channel, int flags, int opcode, byte[] payload) throws IOException {
        append(seq, channel, flags, opcode, payload);
        flush();
    }

    // Header, payload and CRC laid out after the bytes queued, in one reused array.
    private void append(int seq, int channel, int flags, int opcode, byte[] payload) {
        int n = payload == null ? 0 : payload.length;
        int need = queued + Packet.wireSize(n);
        if (wire.length < need) {
            wire = Arrays.copyOf(wire, Math.max(need, 2 * wire.length));
        }
        queued += Packet.encode(wire, queued, seq, channel, flags, opcode, payload, 0, n, caps.crc());
    }

    @Override
    public void close() throws IOException {
        link.close();
    }

    private static int word(byte[] b, String what) throws ProtocolException {
        if (b.length < 4) {
            throw new ProtocolException(what + " answered with " + b.length + " bytes: 4 expected");
        }
        return Bytes.getInt(b, 0);
    }
}
