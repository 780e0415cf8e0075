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

    /** The channel's entry in CHANNEL_LIST. */
    public final ChannelInfo info() {
        return new ChannelInfo(id, flags, name);
    }

    /** Whether the channel has data (its CHANNEL_POLL bit). */
    public boolean poll() {
        return false;
    }

    /** Locks the channel for the host; false when busy. */
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

    /** The bytes available, or -1 if the channel has no size. */
    public long size() {
        return -1;
    }

    /** The shape of the data (1 to 4 values), or null if the channel has none. */
    public int[] shape() {
        return null;
    }

    /**
     * {@code length} bytes from {@code offset}, or null if they cannot be read. The session only
     * reads the array, so a channel may hand out one of its own that it never changes.
     */
    public byte[] read(long offset, int length) {
        return null;
    }

    /** Writes {@code data} at {@code offset}; false on failure. */
    public boolean write(long offset, byte[] data) {
        return false;
    }

    /**
     * A channel-specific request.
     *
     * @return false if the request is unknown or failed
     */
    public boolean ioctl(int request, byte[] args) {
        return false;
    }

    /** Called when a read's answer was delivered whole (every packet acknowledged, when ACKs are on). */
    public void delivered() {
    }
}
