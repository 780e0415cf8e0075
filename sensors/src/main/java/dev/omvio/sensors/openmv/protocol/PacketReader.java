package dev.omvio.sensors.openmv.protocol;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * Cuts the bytes of a {@link Link} into packets, as the firmware's state machine does: find the
 * sync word, check the header (its CRC, a length within the negotiated maximum), wait for the
 * payload, check its CRC; whatever fails is skipped one byte at a time, so the reader finds the
 * next packet after garbage or a damaged packet. Its buffer has a fixed size, one largest packet
 * and a read's worth more; a call waits no longer than its deadline and skips no more than a
 * bounded number of bytes.
 */
public final class PacketReader {
    /**
     * The deadline that never comes: {@link #next(long)} then waits until a packet is whole or
     * the link closes, as a device waits for its host's next command. The link is read without a
     * timeout: on a socket never read with one, the JDK waits in the read itself, where a timed
     * read that has to wait costs three system calls.
     */
    public static final long NO_DEADLINE = Long.MAX_VALUE;
    /** The fewest payload bytes still to come that are read straight into a caller's array. */
    static final int DIRECT_READ = 8192;
    /** Bytes one call may skip looking for a packet before it gives up: four largest packets. */
    public static final int MAX_SKIPPED = 4 * (Packet.HEADER_SIZE + Packet.MAX_LENGTH + Packet.PAYLOAD_CRC_SIZE);

    private final Link link;
    private final byte[] buf = new byte[Packet.HEADER_SIZE + Packet.MAX_LENGTH + Packet.PAYLOAD_CRC_SIZE + 16384];
    private int start;
    private int end;
    private int maxPayload;
    private boolean crc = true;
    private long checksumErrors;
    private long skippedBytes;
    private int lastPayload; // where the last packet's payload is in buf, while it is not overwritten
    private int lastLength;
    private boolean lastPlaced; // the last packet's payload went straight into the caller's array

    /**
     * A reader that checks checksums until told otherwise ({@link #setCrc(boolean)}).
     *
     * @param link where the bytes come from; the reader sets its read timeout on every read
     * @param maxPayload the longest payload accepted, 1..{@link Packet#MAX_LENGTH} (a header
     *     stating a longer one is taken for garbage)
     * @throws IllegalArgumentException if {@code maxPayload} is out of range
     */
    public PacketReader(Link link, int maxPayload) {
        this.link = link;
        setMaxPayload(maxPayload);
    }

    /**
     * Sets the longest payload accepted, as the negotiated max payload: a header stating a
     * longer one is taken for garbage and skipped.
     *
     * @param maxPayload the length in bytes, 1..{@link Packet#MAX_LENGTH}
     * @throws IllegalArgumentException if it is out of range
     */
    public void setMaxPayload(int maxPayload) {
        if (maxPayload < 1 || maxPayload > Packet.MAX_LENGTH) {
            throw new IllegalArgumentException("max payload must be 1.." + Packet.MAX_LENGTH + ", got " + maxPayload);
        }
        this.maxPayload = maxPayload;
    }

    /**
     * Sets whether checksums are checked, as the CRC capability says; when off, both CRC fields
     * are ignored, as the firmware does.
     *
     * @param enabled true to check the header CRC-16 and the payload CRC-32
     */
    public void setCrc(boolean enabled) {
        this.crc = enabled;
    }

    /** Forgets the bytes received and not yet read, as a resynchronisation does. */
    public void clear() {
        start = 0;
        end = 0;
    }

    /**
     * {@return the packets dropped so far because their payload's CRC did not match (a header
     * whose CRC does not match is skipped as garbage, not counted here)}
     */
    public long checksumErrors() {
        return checksumErrors;
    }

    /** {@return the bytes skipped so far looking for packets, garbage and damaged packets alike} */
    public long skippedBytes() {
        return skippedBytes;
    }

    /**
     * Reads the next valid packet, skipping whatever is not one.
     *
     * @param deadlineNanos when to give up, on {@link System#nanoTime()}, or {@link #NO_DEADLINE}
     * @return the packet, its payload a new array
     * @throws ProtocolTimeoutException if none is complete by the deadline
     * @throws LinkClosedException if the peer closed the link
     * @throws ProtocolException if more than {@link #MAX_SKIPPED} bytes were garbage
     */
    public Packet next(long deadlineNanos) throws IOException {
        return next(deadlineNanos, true);
    }

    /**
     * The next valid packet, its payload left in the reader's buffer when {@code copy} is false
     * (the packet's own payload is then empty): {@link #payloadLength()} and
     * {@link #copyPayload(byte[], int)} give it until the next call.
     *
     * @param deadlineNanos when to give up, on {@link System#nanoTime()}, or {@link #NO_DEADLINE}
     * @param copy true to copy the payload into the packet, as {@link #next(long)} does; false to
     *     leave it in the reader's buffer, saving a copy when the caller moves it on at once
     * @return the packet; its payload a new array, or empty when {@code copy} is false
     * @throws ProtocolTimeoutException if none is complete by the deadline
     * @throws LinkClosedException if the peer closed the link
     * @throws ProtocolException if more than {@link #MAX_SKIPPED} bytes were garbage
     */
    public Packet next(long deadlineNanos, boolean copy) throws IOException {
        return next(deadlineNanos, copy, null, 0);
    }

    /**
     * As {@link #next(long, boolean) next(deadlineNanos, false)}, reading a long payload that is
     * still on its way straight from the link into {@code target} from {@code at} (one copy less
     * than through the reader's buffer), when it fits there and checksums are off (with them on,
     * a damaged payload must stay in the buffer for the byte-wise search for the next packet).
     * {@link #payloadPlaced()} tells whether it went there; if not, {@link #copyPayload} gives it.
     * A packet that turns out not to be the one wanted may have written its payload there too.
     * For a fragment (FRAGMENT flag), up to {@link Packet#PAYLOAD_CRC_SIZE} + {@link
     * Packet#HEADER_SIZE} bytes of {@code target} after the payload, where the next fragment's
     * payload goes, may be written as well.
     *
     * @param deadlineNanos when to give up, on {@link System#nanoTime()}, or {@link #NO_DEADLINE}
     * @param target where a long payload may go
     * @param at the index in {@code target} of the payload's first byte
     * @return the packet, its own payload empty
     * @throws ProtocolTimeoutException if none is complete by the deadline
     * @throws LinkClosedException if the peer closed the link
     * @throws ProtocolException if more than {@link #MAX_SKIPPED} bytes were garbage
     */
    public Packet next(long deadlineNanos, byte[] target, int at) throws IOException {
        return next(deadlineNanos, false, target, at);
    }

    private Packet next(long deadlineNanos, boolean copy, byte[] target, int targetAt) throws IOException {
        lastPlaced = false;
        long skippedHere = 0;
        while (true) {
            // 1. The sync word.
            int at = findSync();
            skippedHere += at - start;
            skippedBytes += at - start;
            start = at;
            if (skippedHere > MAX_SKIPPED) {
                throw new ProtocolException("no valid packet from " + link.describe() + " in " + skippedHere
                        + " bytes: not an OpenMV Protocol peer, or a broken link");
            }
            if (end - start < Packet.HEADER_SIZE) {
                fill(Packet.HEADER_SIZE, deadlineNanos);
                continue;
            }
            // 2. The header.
            int length = Bytes.getShort(buf, start + 6);
            boolean headerOk = length <= maxPayload
                    && (!crc || Crc.crc16(buf, start, Packet.HEADER_SIZE - 2) == Bytes.getShort(buf, start + 8));
            if (!headerOk) {
                skip();
                skippedHere++;
                continue;
            }
            // 3. The payload and its CRC.
            int size = Packet.wireSize(length);
            int buffered = end - start - Packet.HEADER_SIZE;
            if (target != null && !crc && length - buffered >= DIRECT_READ && targetAt >= 0
                    && targetAt <= target.length - length) {
                return placePayload(length, buffered, target, targetAt, deadlineNanos);
            }
            if (end - start < size) {
                fill(size, deadlineNanos);
                continue;
            }
            int p = start + Packet.HEADER_SIZE;
            if (length > 0 && crc && Crc.crc32(buf, p, length) != Bytes.getInt(buf, p + length)) {
                checksumErrors++;
                skip();
                skippedHere++;
                continue;
            }
            lastPayload = p;
            lastLength = length;
            byte[] payload = null;
            if (copy) {
                payload = new byte[length];
                System.arraycopy(buf, p, payload, 0, length);
            }
            Packet packet = new Packet(buf[start + 2] & 0xFF, buf[start + 3] & 0xFF, buf[start + 4] & 0xFF,
                    buf[start + 5] & 0xFF, payload);
            start += size;
            return packet;
        }
    }

    /**
     * {@return whether the bytes buffered begin with a whole packet (by its header's length; not
     * yet checked), so that {@link #next(long)} can return it without reading the link}
     */
    public boolean hasPacket() {
        if (end - start < Packet.HEADER_SIZE || buf[start] != (byte) 0xAA || buf[start + 1] != (byte) 0xD5) {
            return false;
        }
        int length = Bytes.getShort(buf, start + 6);
        return end - start >= Packet.wireSize(length);
    }

    /**
     * {@return whether the last packet's payload was read into the array given to
     * {@link #next(long, byte[], int)}, rather than left in the reader's buffer}
     */
    public boolean payloadPlaced() {
        return lastPlaced;
    }

    /**
     * {@return the payload length of the last packet read (by either {@code next}), in bytes (0
     * before the first)}
     */
    public int payloadLength() {
        return lastLength;
    }

    /**
     * Copies the last packet's payload, {@link #payloadLength()} bytes, which stays in the
     * reader's buffer only until the next call of {@code next}.
     *
     * @param into where the payload goes
     * @param at the index in {@code into} of its first byte
     * @throws IndexOutOfBoundsException if the payload does not fit in {@code into} from {@code at}
     */
    public void copyPayload(byte[] into, int at) {
        System.arraycopy(buf, lastPayload, into, at, lastLength);
    }

    // The packet whose header is at start: the payload bytes buffered, then the rest read from
    // the link into target, then its (unchecked) CRC field into the buffer. A fragment's read
    // also takes the CRC field and the next packet's header, which land in target where the next
    // fragment's payload goes and are moved to the buffer: the next payload then starts in the
    // link, to be read straight into target too, not into the buffer and copied.
    private Packet placePayload(int length, int buffered, byte[] target, int at, long deadlineNanos)
            throws IOException {
        Packet packet = new Packet(buf[start + 2] & 0xFF, buf[start + 3] & 0xFF, buf[start + 4] & 0xFF,
                buf[start + 5] & 0xFF, null);
        int beyond = packet.has(Packet.FLAG_FRAGMENT)
                ? Math.min(Packet.PAYLOAD_CRC_SIZE + Packet.HEADER_SIZE, target.length - at - length) : 0;
        System.arraycopy(buf, start + Packet.HEADER_SIZE, target, at, buffered);
        int got = buffered;
        while (got < length) {
            got += readLink(target, at + got, length + beyond - got, deadlineNanos);
        }
        start = 0;
        end = got - length;
        System.arraycopy(target, at + length, buf, 0, end);
        fill(Packet.PAYLOAD_CRC_SIZE, deadlineNanos);
        start += Packet.PAYLOAD_CRC_SIZE;
        lastLength = length;
        lastPlaced = true;
        return packet;
    }

    private void skip() {
        start++;
        skippedBytes++;
    }

    // The index of the first sync word at or after start; when none, the last byte is kept
    // (it may be the first half of one) and everything before it is dropped.
    private int findSync() {
        for (int i = start; i + 1 < end; i++) {
            if (buf[i] == (byte) 0xAA && buf[i + 1] == (byte) 0xD5) {
                return i;
            }
        }
        return Math.max(start, end - 1);
    }

    // Reads until at least `need` bytes from start are buffered. An empty buffer starts over at
    // its beginning, so that a read can take a whole answer of up to a largest packet at once.
    private void fill(int need, long deadlineNanos) throws IOException {
        if (start == end) {
            start = 0;
            end = 0;
        } else if (start > 0 && buf.length - start < need + 4096) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        while (end - start < need) {
            end += readLink(buf, end, buf.length - end, deadlineNanos);
        }
    }

    // One read of the link, of at least a byte (0 when its timeout passed first, to be tried again).
    private int readLink(byte[] into, int at, int length, long deadlineNanos) throws IOException {
        if (deadlineNanos == NO_DEADLINE) {
            link.setReadTimeout(0);
        } else {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                throw new ProtocolTimeoutException("no answer from " + link.describe() + " in time");
            }
            link.setReadTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, left / 1_000_000)));
        }
        int n;
        try {
            n = link.read(into, at, length);
        } catch (InterruptedIOException timeout) {
            if (Thread.currentThread().isInterrupted()) {
                throw timeout;
            }
            return 0;
        }
        if (n < 0) {
            throw new LinkClosedException("the connection to " + link.describe() + " was closed");
        }
        return n;
    }
}
