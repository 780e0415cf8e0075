package dev.omvio.sensors.openmv.protocol;

/** The protocol's commands (specification section 4.2). */
public final class Opcode {
    /** Resynchronise: both sides restart their sequence at 0 and the device restores its default capabilities. */
    public static final int PROTO_SYNC = 0x00;
    /** Read the capabilities (16 bytes). */
    public static final int PROTO_GET_CAPS = 0x01;
    /** Set the capabilities (16 bytes). */
    public static final int PROTO_SET_CAPS = 0x02;
    /** Protocol statistics (32 bytes). */
    public static final int PROTO_STATS = 0x03;
    /** Protocol, bootloader and firmware versions (16 bytes). */
    public static final int PROTO_VERSION = 0x04;
    /** Reset the device; no reply. */
    public static final int SYS_RESET = 0x10;
    /** Enter the bootloader; no reply. */
    public static final int SYS_BOOT = 0x11;
    /** System information (76 bytes). */
    public static final int SYS_INFO = 0x12;
    /** A system event from the device. */
    public static final int SYS_EVENT = 0x13;
    /** Memory statistics. */
    public static final int SYS_MEMORY = 0x14;
    /** The registered channels, 16 bytes each. */
    public static final int CHANNEL_LIST = 0x20;
    /** Which channels have data: bit i for channel i. */
    public static final int CHANNEL_POLL = 0x21;
    /** Lock a channel for the host. */
    public static final int CHANNEL_LOCK = 0x22;
    /** Unlock a channel. */
    public static final int CHANNEL_UNLOCK = 0x23;
    /** The shape of a channel's data. */
    public static final int CHANNEL_SHAPE = 0x24;
    /** Bytes available in a channel. */
    public static final int CHANNEL_SIZE = 0x25;
    /** Read: offset and length, 32 bits each. */
    public static final int CHANNEL_READ = 0x26;
    /** Write: offset, length, then the bytes. */
    public static final int CHANNEL_WRITE = 0x27;
    /** A channel-specific request: a 32-bit code, then its arguments. */
    public static final int CHANNEL_IOCTL = 0x28;
    /** An event from a channel. */
    public static final int CHANNEL_EVENT = 0x29;

    private Opcode() {
    }

    /**
     * Names an opcode for messages.
     *
     * @param opcode the opcode, 0..255
     * @return its name, such as {@code CHANNEL_READ}, or {@code opcode 0x3A} for one this class
     *     does not define
     */
    public static String name(int opcode) {
        return switch (opcode) {
            case PROTO_SYNC -> "PROTO_SYNC";
            case PROTO_GET_CAPS -> "PROTO_GET_CAPS";
            case PROTO_SET_CAPS -> "PROTO_SET_CAPS";
            case PROTO_STATS -> "PROTO_STATS";
            case PROTO_VERSION -> "PROTO_VERSION";
            case SYS_RESET -> "SYS_RESET";
            case SYS_BOOT -> "SYS_BOOT";
            case SYS_INFO -> "SYS_INFO";
            case SYS_EVENT -> "SYS_EVENT";
            case SYS_MEMORY -> "SYS_MEMORY";
            case CHANNEL_LIST -> "CHANNEL_LIST";
            case CHANNEL_POLL -> "CHANNEL_POLL";
            case CHANNEL_LOCK -> "CHANNEL_LOCK";
            case CHANNEL_UNLOCK -> "CHANNEL_UNLOCK";
            case CHANNEL_SHAPE -> "CHANNEL_SHAPE";
            case CHANNEL_SIZE -> "CHANNEL_SIZE";
            case CHANNEL_READ -> "CHANNEL_READ";
            case CHANNEL_WRITE -> "CHANNEL_WRITE";
            case CHANNEL_IOCTL -> "CHANNEL_IOCTL";
            case CHANNEL_EVENT -> "CHANNEL_EVENT";
            default -> String.format("opcode 0x%02X", opcode);
        };
    }
}
