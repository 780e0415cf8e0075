package dev.omvio.sensors.openmv.protocol;

/** Little-endian fields in byte arrays, the protocol's only byte order. */
public final class Bytes {
    private Bytes() {
    }

    /**
     * Reads a 16-bit field.
     *
     * @param b the bytes
     * @param offset the index of the field's low byte; the field is {@code b[offset]} and
     *     {@code b[offset + 1]}
     * @return the field as an unsigned value, 0..65535
     * @throws ArrayIndexOutOfBoundsException if the field does not lie within {@code b}
     */
    public static int getShort(byte[] b, int offset) {
        return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8;
    }

    /**
     * Reads a 32-bit field.
     *
     * @param b the bytes
     * @param offset the index of the field's lowest byte; the field is the four bytes from there
     * @return the field's bits as an {@code int} (a field of 2<sup>31</sup> or more comes out
     *     negative: mask it with {@code 0xFFFFFFFFL} where it is a count or a size)
     * @throws ArrayIndexOutOfBoundsException if the field does not lie within {@code b}
     */
    public static int getInt(byte[] b, int offset) {
        return getShort(b, offset) | getShort(b, offset + 2) << 16;
    }

    /**
     * Writes a 16-bit field.
     *
     * @param b the bytes to write into
     * @param offset the index of the field's low byte
     * @param value the value; only its low 16 bits are stored, the rest is ignored
     * @throws ArrayIndexOutOfBoundsException if the field does not lie within {@code b}
     */
    public static void putShort(byte[] b, int offset, int value) {
        b[offset] = (byte) value;
        b[offset + 1] = (byte) (value >>> 8);
    }

    /**
     * Writes a 32-bit field.
     *
     * @param b the bytes to write into
     * @param offset the index of the field's lowest byte; the four bytes from there are written
     * @param value the value
     * @throws ArrayIndexOutOfBoundsException if the field does not lie within {@code b}
     */
    public static void putInt(byte[] b, int offset, int value) {
        putShort(b, offset, value);
        putShort(b, offset + 2, value >>> 16);
    }

    /**
     * Lays out 32-bit fields one after the other, as command payloads such as CHANNEL_READ's
     * (offset, length) and CHANNEL_IOCTL's (request, arguments) are.
     *
     * @param values the fields, in order
     * @return a new array of {@code 4 * values.length} bytes
     */
    public static byte[] ints(int... values) {
        byte[] b = new byte[values.length * 4];
        for (int i = 0; i < values.length; i++) {
            putInt(b, i * 4, values[i]);
        }
        return b;
    }
}
