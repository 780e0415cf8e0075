package dev.omvio.sensors.openmv.protocol;

/** The 16-bit status codes a NAK carries (specification section 4.5). */
public final class Status {
    /** Done. */
    public static final int SUCCESS = 0;
    /** The command failed. */
    public static final int FAILED = 1;
    /** Invalid command or argument. */
    public static final int INVALID = 2;
    /** Timed out. */
    public static final int TIMEOUT = 3;
    /** Busy: try again (a stream lock with no frame ready). */
    public static final int BUSY = 4;
    /** A CRC did not match. */
    public static final int CHECKSUM = 5;
    /** Unexpected sequence number. */
    public static final int SEQUENCE = 6;
    /** Too long for the receiver's buffer. */
    public static final int OVERFLOW = 7;
    /** Fragmentation error. */
    public static final int FRAGMENT = 8;
    /** Unknown error. */
    public static final int UNKNOWN = 9;

    private static final String[] NAMES = {"SUCCESS", "FAILED", "INVALID", "TIMEOUT", "BUSY", "CHECKSUM",
        "SEQUENCE", "OVERFLOW", "FRAGMENT", "UNKNOWN"};

    private Status() {
    }

    /**
     * Names a status for messages.
     *
     * @param status the 16-bit status code
     * @return its name, such as {@code BUSY}, or {@code status 12} for one the specification does
     *     not define
     */
    public static String name(int status) {
        return status >= 0 && status < NAMES.length ? NAMES[status] : "status " + status;
    }
}
