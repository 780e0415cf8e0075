package dev.omvio.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PixelFormatTest {
    /** The table of FORMAT.md section 2, typed in by hand: name, code, id, sub, bpp, flags. */
    @ParameterizedTest
    @CsvSource({
        "BINARY,     08010000, 1, 0, 0, M",
        "GRAYSCALE,  08020001, 2, 0, 1, M",
        "RGB565,     0C030002, 3, 0, 2, CM",
        "ARGB8,      0C080004, 8, 0, 4, CM",
        "BAYER_BGGR, 05040001, 4, 0, 1, CR",
        "BAYER_GBRG, 05040101, 4, 1, 1, CR",
        "BAYER_GRBG, 05040201, 4, 2, 1, CR",
        "BAYER_RGGB, 05040301, 4, 3, 1, CR",
        "YUV422,     14050002, 5, 0, 2, CY",
        "YVU422,     14050102, 5, 1, 2, CY",
        "JPEG,       06060000, 6, 0, 0, CJ",
        "PNG,        06070000, 7, 0, 0, CJ",
    })
    void codesAndPropertiesAreThoseOfTheFirmware(String name, String hex, int id, int sub, int bpp, String flags) {
        PixelFormat format = PixelFormat.valueOf(name);
        int code = Integer.parseUnsignedInt(hex, 16);

        assertThat(format.code()).isEqualTo(code);
        assertThat(format.formatId()).isEqualTo(id);
        assertThat(format.subFormatId()).isEqualTo(sub);
        assertThat(format.bytesPerPixel()).isEqualTo(bpp);
        assertThat(format.isMutable()).isEqualTo(flags.contains("M"));
        assertThat(format.isColor()).isEqualTo(flags.contains("C"));
        assertThat(format.isCompressed()).isEqualTo(flags.contains("J"));
        assertThat(format.isBayer()).isEqualTo(flags.contains("R"));
        assertThat(format.isYuv()).isEqualTo(flags.contains("Y"));
        assertThat(PixelFormat.ofCode(code)).contains(format);
        assertThat(PixelFormat.forName(name.toLowerCase())).isEqualTo(format);
    }

    @Test
    void thereAreExactlyTwelveFormats() {
        assertThat(PixelFormat.values()).hasSize(12);
    }

    @Test
    void unknownCodesAreNoFormat() {
        assertThat(PixelFormat.ofCode(0)).isEmpty();
        assertThat(PixelFormat.ofCode(0x0C030003)).isEmpty();
    }

    @Test
    void bayerIsTheFirmwaresNameForBggr() {
        assertThat(PixelFormat.forName("BAYER")).isEqualTo(PixelFormat.BAYER_BGGR);
    }

    @Test
    void unknownNamesAreRejectedByName() {
        assertThatThrownBy(() -> PixelFormat.forName("RGB888"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'RGB888'");
    }

    @ParameterizedTest
    @CsvSource({
        // BINARY: ceil(w/32) words of 4 bytes per row
        "BINARY, 1, 1, 4",
        "BINARY, 32, 2, 8",
        "BINARY, 33, 3, 24",
        "BINARY, 320, 240, 9600",
        "GRAYSCALE, 5, 3, 15",
        "BAYER_RGGB, 5, 3, 15",
        "RGB565, 5, 3, 30",
        "YUV422, 5, 3, 30",
        "YVU422, 160, 120, 38400",
        "ARGB8, 5, 3, 60",
        // 32767 x 32767 x 4 does not fit an int
        "ARGB8, 32767, 32767, 4294705156",
    })
    void dataSizeFollowsTheFormatRule(String name, int width, int height, long size) {
        assertThat(PixelFormat.valueOf(name).dataSize(width, height)).isEqualTo(size);
    }

    @Test
    void compressedFormatsHaveNoFixedSize() {
        assertThatThrownBy(() -> PixelFormat.JPEG.dataSize(10, 10))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void dimensionsMustBePositive() {
        assertThatThrownBy(() -> PixelFormat.GRAYSCALE.dataSize(0, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0x5");
    }
}
