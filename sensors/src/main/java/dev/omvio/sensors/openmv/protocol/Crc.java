package dev.omvio.sensors.openmv.protocol;

/**
 * The protocol's two checksums, as the firmware and OpenMV's host library compute them: CRC-16
 * with polynomial 0xF94F and CRC-32 with polynomial 0xFA567D89, both initialised to all ones,
 * fed most significant bit first, neither reflected nor inverted at the end (the
 * specification, section 6.1, names the polynomials and initial values; the implementations
 * fix the rest).
 *
 * <p>The CRC-32 of a payload is computed eight bytes at a time (slicing-by-8: table k holds the
 * remainder of a byte followed by k zero bytes), about five times the speed of a byte at a time;
 * the 8-byte header's CRC-16 goes a byte at a time.
 */
public final class Crc {
    /** Header CRC polynomial. */
    public static final int POLY16 = 0xF94F;
    /** Payload CRC polynomial. */
    public static final int POLY32 = 0xFA567D89;

    private static final int[] TABLE16 = table(POLY16 << 16);
    private static final int[][] TABLES32 = slices(table(POLY32));

    private Crc() {
    }

    /**
     * Computes the header CRC, as the header's CRC field holds it.
     *
     * @param data the bytes
     * @param offset the index of the first byte covered (for a header: its sync word)
     * @param length the number of bytes covered (for a header: the 8 before the CRC field)
     * @return the CRC, 0..0xFFFF
     * @throws ArrayIndexOutOfBoundsException if the range does not lie within {@code data}
     */
    public static int crc16(byte[] data, int offset, int length) {
        int crc = 0xFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc = ((crc << 8) ^ (TABLE16[((crc >>> 8) ^ data[i]) & 0xFF] >>> 16)) & 0xFFFF;
        }
        return crc;
    }

    /**
     * Computes the payload CRC, as the 4 bytes after a non-empty payload hold it.
     *
     * @param data the bytes
     * @param offset the index of the payload's first byte
     * @param length the payload's length in bytes
     * @return the CRC's 32 bits as an {@code int} (negative when its top bit is set)
     * @throws ArrayIndexOutOfBoundsException if the range does not lie within {@code data}
     */
    public static int crc32(byte[] data, int offset, int length) {
        int[] t0 = TABLES32[0];
        int[] t1 = TABLES32[1];
        int[] t2 = TABLES32[2];
        int[] t3 = TABLES32[3];
        int[] t4 = TABLES32[4];
        int[] t5 = TABLES32[5];
        int[] t6 = TABLES32[6];
        int[] t7 = TABLES32[7];
        int crc = 0xFFFFFFFF;
        int i = offset;
        int end = offset + length;
        // The register meets the first four bytes; all 32 of its bits are shifted out by the eighth.
        for (; i + 8 <= end; i += 8) {
            int c = crc ^ ((data[i] & 0xFF) << 24 | (data[i + 1] & 0xFF) << 16 | (data[i + 2] & 0xFF) << 8
                    | (data[i + 3] & 0xFF));
            crc = t7[c >>> 24] ^ t6[(c >>> 16) & 0xFF] ^ t5[(c >>> 8) & 0xFF] ^ t4[c & 0xFF]
                    ^ t3[data[i + 4] & 0xFF] ^ t2[data[i + 5] & 0xFF] ^ t1[data[i + 6] & 0xFF] ^ t0[data[i + 7] & 0xFF];
        }
        for (; i < end; i++) {
            crc = (crc << 8) ^ t0[((crc >>> 24) ^ data[i]) & 0xFF];
        }
        return crc;
    }

    // The remainder of each byte value shifted to the top of a 32-bit register (a 16-bit
    // polynomial is placed in the top half, so one table builder serves both widths).
    private static int[] table(int poly) {
        int[] table = new int[256];
        for (int b = 0; b < 256; b++) {
            int r = b << 24;
            for (int bit = 0; bit < 8; bit++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ poly : r << 1;
            }
            table[b] = r;
        }
        return table;
    }

    // Table k: the remainder of a byte followed by k zero bytes.
    private static int[][] slices(int[] t0) {
        int[][] t = new int[8][];
        t[0] = t0;
        for (int k = 1; k < 8; k++) {
            t[k] = new int[256];
            for (int b = 0; b < 256; b++) {
                int r = t[k - 1][b];
                t[k][b] = (r << 8) ^ t0[r >>> 24];
            }
        }
        return t;
    }
}
