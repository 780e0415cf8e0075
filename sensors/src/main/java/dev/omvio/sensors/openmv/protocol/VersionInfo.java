package dev.omvio.sensors.openmv.protocol;

/**
 * PROTO_VERSION's answer: three versions of three bytes each (major, minor, patch), then 7
 * reserved bytes.
 *
 * @param protocol the protocol version
 * @param bootloader the bootloader version
 * @param firmware the firmware version
 */
public record VersionInfo(String protocol, String bootloader, String firmware) {
    /** The payload size. */
    public static final int SIZE = 16;

    /**
     * Reads the wire form; the reserved bytes may be missing.
     *
     * @param b PROTO_VERSION's answer
     * @return the three versions, each as {@code major.minor.patch} with unsigned decimal parts
     * @throws ProtocolException if it is shorter than 9 bytes
     */
    public static VersionInfo decode(byte[] b) throws ProtocolException {
        if (b.length < 9) {
            throw new ProtocolException("version information of " + b.length + " bytes: at least 9 expected");
        }
        return new VersionInfo(version(b, 0), version(b, 3), version(b, 6));
    }

    /**
     * Lays out PROTO_VERSION's answer.
     *
     * @param protocol the protocol version: major, minor, patch, each 0..255 (only the low 8
     *     bits are kept)
     * @param bootloader the bootloader version, the same way
     * @param firmware the firmware version, the same way
     * @return the {@link #SIZE}-byte answer, reserved bytes zero
     * @throws ArrayIndexOutOfBoundsException if a version has fewer than three parts
     */
    public static byte[] encode(int[] protocol, int[] bootloader, int[] firmware) {
        byte[] b = new byte[SIZE];
        for (int i = 0; i < 3; i++) {
            b[i] = (byte) protocol[i];
            b[3 + i] = (byte) bootloader[i];
            b[6 + i] = (byte) firmware[i];
        }
        return b;
    }

    private static String version(byte[] b, int at) {
        return (b[at] & 0xFF) + "." + (b[at + 1] & 0xFF) + "." + (b[at + 2] & 0xFF);
    }
}
