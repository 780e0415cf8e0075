package dev.omvio.sensors.openmv.protocol;

/**
 * The protocol's two checksums, as the firmware and OpenMV's host library compute them: CRC-16
 * with polynomial 0xF94F and CRC-32 with polynomial 0xFA567D89, both initialised to all ones,
 * fed most significant bit first, neither reflected nor inverted at the end (the
 * specification, section 6.1, names the polynomials and initial values; the implementations
 * fix the rest).
 */
public final class Crc {
    /** Header CRC polynomial. */
    public static final int POLY16 = 0xF94F;
    /** Payload CRC polynomial. */
    public static final int POLY32 = 0xFA567D89;

    private static final int[] TABLE16 = table(POLY16 << 16);
    private static final int[] TABLE32 = table(POLY32);

    private Crc() {
    }

    /** CRC-16 of {@code length} bytes of {@code data} from {@code offset}. */
    public static int crc16(byte[] data, int offset, int length) {
        int crc = 0xFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc = ((crc << 8) ^ (TABLE16[((crc >>> 8) ^ data[i]) & 0xFF] >>> 16)) & 0xFFFF;
        }
        return crc;
    }

    /** CRC-32 of {@code length} bytes of {@code data} from {@code offset}. */
    public static int crc32(byte[] data, int offset, int length) {
        int crc = 0xFFFFFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc = (crc << 8) ^ TABLE32[((crc >>> 24) ^ data[i]) & 0xFF];
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
}
