package dev.omvio.sensors.openmv.protocol;

/** Little-endian fields in byte arrays, the protocol's only byte order. */
public final class Bytes {
    private Bytes() {
    }

    /** The unsigned 16-bit value at {@code offset}. */
    public static int getShort(byte[] b, int offset) {
        return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8;
    }

    /** The 32-bit value at {@code offset}. */
    public static int getInt(byte[] b, int offset) {
        return getShort(b, offset) | getShort(b, offset + 2) << 16;
    }

    /** Stores the low 16 bits of {@code value} at {@code offset}. */
    public static void putShort(byte[] b, int offset, int value) {
        b[offset] = (byte) value;
        b[offset + 1] = (byte) (value >>> 8);
    }

    /** Stores {@code value} at {@code offset}. */
    public static void putInt(byte[] b, int offset, int value) {
        putShort(b, offset, value);
        putShort(b, offset + 2, value >>> 16);
    }

    /** {@code values} as consecutive 32-bit fields. */
    public static byte[] ints(int... values) {
        byte[] b = new byte[values.length * 4];
        for (int i = 0; i < values.length; i++) {
            putInt(b, i * 4, values[i]);
        }
        return b;
    }
}
