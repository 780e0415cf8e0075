package dev.omvio.sensors.openmv.protocol;

/**
 * A channel on the device side, as the firmware's channel interface: each operation the
 * channel does not support keeps its default, which the {@link DeviceSession} answers with
 * {@link Status#INVALID}.
 */
public abstract class DeviceChannel {
    private final int id;
    private final int flags;
    private final String name;

    /**
     * @param id the channel id, 1..31
     * @param flags the {@link ChannelInfo} flags
     * @param name at most 13 characters
     */
    protected DeviceChannel(int id, int flags, String name) {
        this.id = id;
        this.flags = flags;
        this.name = name;
    }

    /** {@return the channel's entry in CHANNEL_LIST: its id, flags and name} */
    public final ChannelInfo info() {
        return new ChannelInfo(id, flags, name);
    }

    /**
     * {@return whether the channel has data for the host: its bit in the CHANNEL_POLL answer;
     * false unless overridden}
     */
    public boolean poll() {
        return false;
    }

    /**
     * Locks the channel for the host (CHANNEL_LOCK), which then reads it undisturbed until it
     * unlocks it. The session answers true with an ACK and false with a {@link Status#BUSY} NAK.
     *
     * @return true if the host now holds the lock; false if the channel cannot be locked now
     *     (for the stream: no frame ready, or already locked), and unless overridden
     */
    public boolean lock() {
        return false;
    }

    /**
     * Unlocks the channel.
     *
     * @param byHost true for the host's CHANNEL_UNLOCK, false for a resynchronisation's
     */
    public void unlock(boolean byHost) {
    }

    /**
     * {@return the bytes the channel holds for the host (its CHANNEL_SIZE answer, sent as an
     * unsigned 32-bit value), or -1 if the channel has no size, which the session answers with
     * {@link Status#INVALID}; -1 unless overridden}
     */
    public long size() {
        return -1;
    }

    /**
     * {@return the shape of the channel's data, its CHANNEL_SHAPE answer: 1 to 4 values, such as
     * the stream's {@code {size}} for a compressed frame or {@code {width, height, bpp}} for a raw
     * one; or null if the channel has none, which the session answers with {@link Status#INVALID};
     * null unless overridden}
     */
    public int[] shape() {
        return null;
    }

    /**
     * Reads the channel for CHANNEL_READ. The session sends the bytes in as many packets as the
     * max payload needs, and answers null with {@link Status#FAILED}. The session only reads the
     * array, so a channel may hand out one of its own that it never changes.
     *
     * @param offset where to start, in the channel's own addressing (for the stream: a byte
     *     position), 0..2<sup>32</sup>-1
     * @param length how many bytes the host asked for, at least 1
     * @return the bytes, at most {@code length} of them; or null if they cannot be read (null
     *     unless overridden)
     */
    public byte[] read(long offset, int length) {
        return null;
    }

    /**
     * Reads the channel for CHANNEL_READ already laid out in the wire form of the answer's
     * packets ({@link PacketLayout}), so that the session sends it without copying the bytes
     * again: it fills each packet's header and checksum into the room left for them (and never
     * changes the payload bytes), then writes the array. A channel that cannot (or not for these
     * bytes, or not for packets of this size) answers null, and the session calls
     * {@link #read(long, int)} instead.
     *
     * @param offset where to start, as for {@link #read(long, int)}
     * @param length how many bytes the host asked for, at least 1
     * @param maxPayload the most bytes a packet carries now
     * @return exactly {@code length} bytes laid out for packets of {@code maxPayload} bytes, in an
     *     array of at least {@link PacketLayout#wireSize(int, int) wireSize(length, maxPayload)}
     *     bytes that the channel leaves alone until the session has sent the answer and flushed
     *     its link (at the latest, until its next {@link #idle()}); or null (unless overridden)
     */
    public byte[] readLaidOut(long offset, int length, int maxPayload) {
        return null;
    }

    /**
     * Writes to the channel for CHANNEL_WRITE; the session answers true with an ACK and false
     * with a {@link Status#FAILED} NAK.
     *
     * @param offset where the bytes go, in the channel's own addressing (for stdin: the byte
     *     position in the script), 0..2<sup>32</sup>-1
     * @param data the bytes, at least 1
     * @return true if they were written; false if not, and unless overridden
     */
    public boolean write(long offset, byte[] data) {
        return false;
    }

    /**
     * Carries out a channel-specific request (CHANNEL_IOCTL), such as the stream's STREAM_CTRL
     * or stdin's STDIN_EXEC; the session answers true with an ACK and false with a
     * {@link Status#FAILED} NAK.
     *
     * @param request the request code, the payload's first 32-bit field
     * @param args the rest of the payload, the request's arguments (often 32-bit fields); empty
     *     when it has none
     * @return true if the request was carried out; false if it is unknown, its arguments are
     *     wrong or it failed, and unless overridden
     */
    public boolean ioctl(int request, byte[] args) {
        return false;
    }

    /**
     * Called when the session has sent its answers and is about to wait for the host's next
     * command: a channel may get ready then what the next commands are likely to ask for (the
     * emulator's stream channel lays out the next frame). Nothing unless overridden.
     */
    public void idle() {
    }

    /** Called when a read's answer was delivered whole (every packet acknowledged, when ACKs are on). */
    public void delivered() {
    }
}
