package dev.omvio.core.memory;

import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Slot sizes worked out by hand from FORMAT.md sections 1 and 4 (image_size, rounded up to 32). */
class SlotSizingTest {

    static List<Arguments> slotSizes() {
        return List.of(
                // BINARY: ceil(w/32) * 4 * h
                arguments(PixelFormat.BINARY, 33, 3, 32),        // 2 * 4 * 3 = 24 -> 32
                arguments(PixelFormat.BINARY, 32, 1, 32),        // 1 * 4 * 1 = 4 -> 32
                arguments(PixelFormat.BINARY, 65, 8, 96),        // 3 * 4 * 8 = 96
                // GRAYSCALE and Bayer: w * h
                arguments(PixelFormat.GRAYSCALE, 7, 5, 64),      // 35 -> 64
                arguments(PixelFormat.GRAYSCALE, 320, 240, 76800), // 76800 = 2400 * 32
                arguments(PixelFormat.BAYER_BGGR, 9, 7, 64),     // 63 -> 64
                arguments(PixelFormat.BAYER_GBRG, 11, 3, 64),    // 33 -> 64
                arguments(PixelFormat.BAYER_GRBG, 8, 4, 32),     // 32
                arguments(PixelFormat.BAYER_RGGB, 13, 13, 192),  // 169 -> 192
                // RGB565 and YUV: w * h * 2
                arguments(PixelFormat.RGB565, 5, 3, 32),         // 30 -> 32
                arguments(PixelFormat.RGB565, 320, 240, 153600), // 153600 = 4800 * 32
                arguments(PixelFormat.YUV422, 7, 3, 64),         // 42 -> 64
                arguments(PixelFormat.YVU422, 9, 9, 192),        // 162 -> 192
                // ARGB8: w * h * 4
                arguments(PixelFormat.ARGB8, 3, 3, 64),          // 36 -> 64
                arguments(PixelFormat.ARGB8, 8, 1, 32),          // 32
                // JPEG and PNG: a BINARY image of w x 2h
                arguments(PixelFormat.JPEG, 320, 240, 19200),    // BINARY 320x480: 10 * 4 * 480 = 19200
                arguments(PixelFormat.JPEG, 1, 1, 32),           // BINARY 1x2: 1 * 4 * 2 = 8 -> 32
                arguments(PixelFormat.PNG, 33, 5, 96));          // BINARY 33x10: 2 * 4 * 10 = 80 -> 96
    }

    @ParameterizedTest(name = "{0} {1}x{2}: slot of {3} bytes")
    @MethodSource("slotSizes")
    void slotSizeFollowsFormatMd(PixelFormat format, int width, int height, long slotSize) throws Exception {
        try (ImageStream stream = ImageStreams.allocate(width, height, format, 3)) {
            assertThat(stream.bufferSize()).hasValue(slotSize);
            assertThat(stream.count()).isEqualTo(3);
            assertThat(stream.size()).isEqualTo(slotSize * 3);
            assertThat(stream.size()).isEqualTo(stream.bufferSize().getAsLong() * stream.count());
            assertThat(stream.type()).isEqualTo(StreamType.MEMORY);
            assertThat(stream.version()).isEmpty();
            assertThat(stream.offset()).isZero();
            assertThat(stream.damagedTail()).isEmpty();
            assertThat(stream.frameInfos()).isEmpty();
        }
    }

    @Test
    void everyFormatIsSizedAbove() {
        Set<PixelFormat> covered = slotSizes().stream()
                .map(arguments -> (PixelFormat) arguments.get()[0])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PixelFormat.class)));
        assertThat(covered).containsExactlyInAnyOrder(PixelFormat.values());
    }

    @ParameterizedTest(name = "{0}x{1} x {2} slots")
    @CsvSource({"0, 4, 1, 0", "-3, 4, 1, -3", "4, 0, 1, 0", "4, -7, 1, -7", "4, 4, 0, 0", "4, 4, -2, -2"})
    void nonPositiveArgumentsAreRefusedNamingTheValue(int width, int height, int slots, int bad) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImageStreams.allocate(width, height, PixelFormat.GRAYSCALE, slots))
                .withMessageContaining(String.valueOf(bad));
    }

    @Test
    void nullFormatOrClockIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> ImageStreams.allocate(4, 4, null, 1));
        assertThatNullPointerException().isThrownBy(() -> ImageStreams.allocate(4, 4, PixelFormat.GRAYSCALE, 1, null));
    }

    @ParameterizedTest(name = "{0} {1}x{2} needs {3}")
    @CsvSource({
            "GRAYSCALE, 46341, 46341, 2147488281",   // 46341^2
            "GRAYSCALE, 2147483617, 1, 2147483617",  // rounds up to 2^31, past the largest array
            "RGB565, 32768, 32768, 2147483648",       // 2^15 * 2^15 * 2
            "JPEG, 2147483647, 2147483647, 1152921504069976064"}) // 2 * 2^26 words * 4 * (2^31 - 1)
    void aSlotAboveTheLargestImageIsRefusedNamingItsSize(PixelFormat format, int width, int height, long size) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImageStreams.allocate(width, height, format, 1))
                .withMessageContaining(String.valueOf(size));
    }

    @Test
    void aSizeBeyondLongIsRefusedNotWrapped() {
        // ARGB8 of (2^31 - 1)^2 pixels needs about 2^64 bytes
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImageStreams.allocate(Integer.MAX_VALUE, Integer.MAX_VALUE, PixelFormat.ARGB8, 1))
                .withMessageContaining("more than " + Long.MAX_VALUE);
    }
}
