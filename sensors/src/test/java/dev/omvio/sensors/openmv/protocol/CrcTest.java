package dev.omvio.sensors.openmv.protocol;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CrcTest {
    private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);

    // The usual check input "123456789". Expected values: those of OpenMV's host library
    // (openmv-python src/openmv/crc.py, table-driven, MSB first, init all ones, no final XOR),
    // run on the same input, and of the bit-at-a-time long division below.
    @Test
    void checkValues() {
        assertThat(Crc.crc16(CHECK, 0, CHECK.length)).isEqualTo(0xE541);
        assertThat(Crc.crc32(CHECK, 0, CHECK.length)).isEqualTo(0x41B403D3);
        assertThat(bitwise(CHECK, 16, Crc.POLY16)).isEqualTo(0xE541);
        assertThat(bitwise(CHECK, 32, Crc.POLY32)).isEqualTo(0x41B403D3);
    }

    @Test
    void emptyInputIsTheInitialValue() {
        assertThat(Crc.crc16(new byte[0], 0, 0)).isEqualTo(0xFFFF);
        assertThat(Crc.crc32(new byte[0], 0, 0)).isEqualTo(0xFFFFFFFF);
    }

    @Property
    void tablesAgreeWithLongDivision(@ForAll byte[] data) {
        assertThat(Crc.crc16(data, 0, data.length)).isEqualTo(bitwise(data, 16, Crc.POLY16));
        assertThat(Crc.crc32(data, 0, data.length)).isEqualTo(bitwise(data, 32, Crc.POLY32));
    }

    // Slicing-by-8 takes eight bytes at a time from any offset, the rest one at a time.
    @Property
    void anySliceAgreesWithLongDivision(@ForAll byte[] data, @ForAll @IntRange(max = 20) int from) {
        int offset = Math.min(from, data.length);
        byte[] slice = java.util.Arrays.copyOfRange(data, offset, data.length);
        assertThat(Crc.crc32(data, offset, slice.length)).isEqualTo(bitwise(slice, 32, Crc.POLY32));
    }

    // The textbook shift register: each byte XORed into the top of the register, then eight
    // shifts, XORing the polynomial whenever the bit shifted out is 1.
    static int bitwise(byte[] data, int width, int poly) {
        long mask = (1L << width) - 1;
        long top = 1L << (width - 1);
        long crc = mask;
        for (byte b : data) {
            crc ^= (long) (b & 0xFF) << (width - 8);
            for (int i = 0; i < 8; i++) {
                crc = (crc & top) != 0 ? ((crc << 1) ^ poly) & mask : (crc << 1) & mask;
            }
        }
        return (int) crc;
    }
}
