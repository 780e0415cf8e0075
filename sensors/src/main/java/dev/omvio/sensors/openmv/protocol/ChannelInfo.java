package dev.omvio.sensors.openmv.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of CHANNEL_LIST's answer: 16 bytes, the id, the flags, a NUL-terminated name of at
 * most 13 characters.
 *
 * @param id the channel id
 * @param flags the {@code READ}, {@code WRITE}... bits
 * @param name the channel's name, such as {@code stream}
 */
public record ChannelInfo(int id, int flags, String name) {
    /** Bytes of one entry. */
    public static final int SIZE = 16;
    /** The channel can be read. */
    public static final int READ = 1;
    /** The channel can be written. */
    public static final int WRITE = 1 << 1;
    /** The channel runs scripts. */
    public static final int EXEC = 1 << 2;
    /** The channel must be locked around a read. */
    public static final int LOCK = 1 << 3;
    /** A streaming channel. */
    public static final int STREAM = 1 << 4;
    /** Registered by a script. */
    public static final int DYNAMIC = 1 << 5;
    /** The physical transport. */
    public static final int PHYSICAL = 1 << 6;

    /**
     * Reads a CHANNEL_LIST answer. A name is cut at its first NUL byte, or after 14 bytes when it
     * has none; trailing bytes that do not make a whole entry are ignored.
     *
     * @param b the answer's payload, {@link #SIZE} bytes per channel
     * @return the channels in the device's order; empty if {@code b} holds no whole entry
     */
    public static List<ChannelInfo> decodeList(byte[] b) {
        List<ChannelInfo> channels = new ArrayList<>();
        for (int at = 0; at + SIZE <= b.length; at += SIZE) {
            int n = 0;
            while (n < SIZE - 2 && b[at + 2 + n] != 0) {
                n++;
            }
            channels.add(new ChannelInfo(b[at] & 0xFF, b[at + 1] & 0xFF,
                    new String(b, at + 2, n, StandardCharsets.UTF_8)));
        }
        return channels;
    }

    /**
     * Lays out a CHANNEL_LIST answer. Each id and flag word is cut to its low 8 bits and each
     * name to its first 13 UTF-8 bytes, so that a NUL always ends it.
     *
     * @param channels the channels, in the order the device lists them
     * @return {@link #SIZE} bytes per channel
     */
    public static byte[] encodeList(List<ChannelInfo> channels) {
        byte[] b = new byte[channels.size() * SIZE];
        for (int i = 0; i < channels.size(); i++) {
            ChannelInfo c = channels.get(i);
            b[i * SIZE] = (byte) c.id;
            b[i * SIZE + 1] = (byte) c.flags;
            byte[] name = c.name.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(name, 0, b, i * SIZE + 2, Math.min(name.length, SIZE - 3));
        }
        return b;
    }

    /**
     * {@return the flags as words for messages and listings, such as {@code READ|LOCK|STREAM};
     * empty when no known flag is set}
     */
    public String flagNames() {
        String[] names = {"READ", "WRITE", "EXEC", "LOCK", "STREAM", "DYNAMIC", "PHYSICAL"};
        StringBuilder s = new StringBuilder();
        for (int bit = 0; bit < names.length; bit++) {
            if ((flags & 1 << bit) != 0) {
                s.append(s.length() == 0 ? "" : "|").append(names[bit]);
            }
        }
        return s.toString();
    }
}
