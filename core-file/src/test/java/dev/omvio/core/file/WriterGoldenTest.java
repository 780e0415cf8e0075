package dev.omvio.core.file;

import dev.omvio.stream.ManualClock;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static dev.omvio.core.file.StreamBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The writer produces exactly the bytes of the firmware's version 2.0 files, worked out by hand. */
class WriterGoldenTest {
    @TempDir
    Path dir;

    private static final byte[] EXPECTED = hex(""
            // magic "OMV IMG STR V2.0"
            + "4F 4D 56 20 49 4D 47 20 53 54 52 20 56 32 2E 30"
            // 16: 12 ms, 2 x 2, GRAYSCALE 0x08020001, size 4, 12 zeros; data; 12 bytes of padding
            + "0C 00 00 00  02 00 00 00  02 00 00 00  01 00 02 08  04 00 00 00"
            + "00 00 00 00 00 00 00 00 00 00 00 00"
            + "01 02 03 04  00 00 00 00 00 00 00 00 00 00 00 00"
            // 64: 2 ms, 8 x 8, JPEG 0x06060000, size 3; data; 13 bytes of padding. Given 1,999 us
            // after a frame at 12,345.6 us (12,345 whole us): the frames' times 12.345 and 14.344 ms
            // round down to 12 and 14 ms, so 2 ms is stored (truncating the gap alone would give 1)
            + "02 00 00 00  08 00 00 00  08 00 00 00  00 00 06 06  03 00 00 00"
            + "00 00 00 00 00 00 00 00 00 00 00 00"
            + "FF D8 FF  00 00 00 00 00 00 00 00 00 00 00 00 00"
            // 112: 0 ms, 1 x 1, RGB565 0x0C030002, size 2; the pixel as given (little-endian); 14 bytes of padding
            + "00 00 00 00  01 00 00 00  01 00 00 00  02 00 03 0C  02 00 00 00"
            + "00 00 00 00 00 00 00 00 00 00 00 00"
            + "1F 00  00 00 00 00 00 00 00 00 00 00 00 00 00 00"
            // 160: 999 ms (at 1013.344 ms: 1013 - 14), 4 x 4, BINARY 0x08010000, size 16 (one word a row); no padding
            + "E7 03 00 00  04 00 00 00  04 00 00 00  00 00 01 08  10 00 00 00"
            + "00 00 00 00 00 00 00 00 00 00 00 00"
            + "0F 00 00 00 0F 00 00 00 0F 00 00 00 0F 00 00 00");

    @Test
    void writesTheFirmwareLayoutByteForByte() throws IOException {
        ManualClock clock = new ManualClock(1_000_000_000L);
        Path file = dir.resolve("out.bin");
        try (ImageStream out = ImageStreams.open(file, StreamMode.WRITE, clock)) {
            assertThat(out.version()).hasValue(20);
            clock.advance(12_345_600); // 12.3456 ms since opening: stored as 12 ms
            out.write(Image.of(2, 2, PixelFormat.GRAYSCALE, hex("01 02 03 04")));
            out.write(Image.of(8, 8, PixelFormat.JPEG, hex("FF D8 FF")), 1_999);
            out.write(Image.of(1, 1, PixelFormat.RGB565, hex("1F 00")), 0);
            clock.advance(999 * 1_000_000L);
            out.write(Image.of(4, 4, PixelFormat.BINARY, hex("0F000000 0F000000 0F000000 0F000000")));
            assertThat(out.count()).isEqualTo(4);
            assertThat(out.offset()).isEqualTo(4);
            assertThat(out.size()).isEqualTo(EXPECTED.length);
        }
        assertThat(Files.readAllBytes(file)).containsExactly(EXPECTED);
    }

    @Test
    void framesWrittenCanBeReadBackBeforeClosing() throws IOException {
        Path file = dir.resolve("out.bin");
        try (ImageStream out = ImageStreams.open(file, StreamMode.WRITE, new ManualClock(1_000_000_000L))) {
            out.write(Image.of(2, 2, PixelFormat.GRAYSCALE, hex("01 02 03 04")), 12_345);
            out.write(Image.of(8, 8, PixelFormat.JPEG, hex("FF D8 FF")), 1_999);
            assertThat(out.frameInfos()).containsExactly(
                    new FrameInfo(0, 16, 2, 2, PixelFormat.GRAYSCALE, 12_000, 4),
                    new FrameInfo(1, 64, 8, 8, PixelFormat.JPEG, 2_000, 3)); // 14.344 ms: 14 - 12
            assertThat(out.readFrame(1).toByteArray()).containsExactly(hex("FF D8 FF"));
            out.seek(0);
            assertThat(out.read(false, false, false)).contains(Image.of(2, 2, PixelFormat.GRAYSCALE, hex("01 02 03 04")));
        }
    }

    @Test
    void writeModeTruncatesAnExistingFile() throws IOException {
        Path file = Files.write(dir.resolve("old.bin"), new byte[1000]);
        try (ImageStream out = ImageStreams.open(file, "w")) {
            assertThat(out.count()).isZero();
            assertThat(out.size()).isEqualTo(16);
        }
        assertThat(Files.readAllBytes(file)).containsExactly(hex("4F 4D 56 20 49 4D 47 20 53 54 52 20 56 32 2E 30"));
    }

    @Test
    void intervalsBeyondWhatReadersAcceptAreStoredAsTheLongest() throws IOException {
        Path file = dir.resolve("out.bin");
        try (ImageStream out = ImageStreams.open(file, StreamMode.WRITE, new ManualClock(1_000_000_000L))) {
            out.write(Image.of(1, 1, PixelFormat.GRAYSCALE, hex("00")), Long.MAX_VALUE);
            assertThat(out.frameInfo(0).intervalMicros()).isEqualTo(1_000_000_000L);
        }
        // The IDE multiplies a 2.0 interval by 1000 as a 32-bit int and refuses results above
        // 1e9 us (videotools.cpp): the longest it accepts is 1,000,000 ms, u32 0x000F4240.
        assertThat(Files.readAllBytes(file)).startsWith(hex("4F 4D 56 20 49 4D 47 20 53 54 52 20 56 32 2E 30 40 42 0F 00"));
    }

    @Test
    void thirtyFramesPerSecondStoreWholeSecondsEveryThirtyFrames() throws IOException {
        // Frames at k * 1e9 / 30 ns: 0, 33333333, 66666666, 100000000, 133333333 ... The firmware
        // stores differences of whole-millisecond tick counts: 0, 33, 66, 100, 133, 166, 200 ...
        // gives 33, 33, 34, 33, 33, 34 ..., ten times over in a second: exactly 1000 ms.
        long[] expected = {
            0, 33, 33, 34, 33, 33, 34, 33, 33, 34, 33, 33, 34, 33, 33, 34,
            33, 33, 34, 33, 33, 34, 33, 33, 34, 33, 33, 34, 33, 33, 34};
        ManualClock clock = new ManualClock(0);
        Path timed = dir.resolve("timed.bin");
        Path given = dir.resolve("given.bin");
        Image frame = Image.of(1, 1, PixelFormat.GRAYSCALE, hex("00"));
        try (ImageStream byClock = ImageStreams.open(timed, StreamMode.WRITE, clock);
             ImageStream byInterval = ImageStreams.open(given, "w")) {
            for (int k = 0; k <= 30; k++) {
                clock.advance(k * 1_000_000_000L / 30 - clock.nanoTime());
                byClock.write(frame);
                // whole microseconds between the frames' times, as pack, convert and the recorder give them
                byInterval.write(frame, k * 1_000_000L / 30 - Math.max(0, k - 1) * 1_000_000L / 30);
            }
        }
        for (Path file : List.of(timed, given)) {
            try (ImageStream in = ImageStreams.open(file, "r")) {
                assertThat(in.frameInfos()).extracting(info -> info.intervalMicros() / 1_000)
                        .containsExactly(Arrays.stream(expected).boxed().toArray(Long[]::new));
                assertThat(in.frameInfos().stream().mapToLong(FrameInfo::intervalMicros).sum()).isEqualTo(1_000_000);
            }
        }
    }

    @Test
    void anArgb8ImageIsRefusedAndNothingIsWritten() throws IOException {
        Path file = dir.resolve("argb.bin");
        try (ImageStream out = ImageStreams.open(file, "w")) {
            assertThatThrownBy(() -> out.write(Image.of(1, 1, PixelFormat.ARGB8, hex("01 02 03 04")), 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("PNG (keeps alpha) or RGB565");
            assertThat(out.count()).isZero();
        }
        assertThat(Files.size(file)).isEqualTo(16);
    }
}
