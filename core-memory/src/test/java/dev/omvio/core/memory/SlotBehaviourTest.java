package dev.omvio.core.memory;

import dev.omvio.stream.ManualClock;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.EmptySlotException;
import dev.omvio.stream.EndOfStreamException;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.FrameTooLargeException;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What slots hold and how reads, writes and seeks move through them (FORMAT.md sections 4 and 5). */
class SlotBehaviourTest {

    private static Image rgb565(int width, int height, int firstByte) {
        byte[] data = new byte[width * height * 2];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (firstByte + i);
        }
        return Image.of(width, height, PixelFormat.RGB565, data);
    }

    @Test
    void aWrittenFrameReadsBackWithItsBytesAndDescription() throws IOException {
        try (ImageStream stream = ImageStreams.allocate(2, 2, PixelFormat.RGB565, 3)) {
            // RGB565 2x2 = 8 bytes -> slots of 32
            stream.write(Image.of(2, 2, PixelFormat.RGB565, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}), 1500);
            stream.write(Image.of(2, 2, PixelFormat.RGB565, new byte[] {9, 10, 11, 12, 13, 14, 15, 16}), 7);
            assertThat(stream.offset()).isEqualTo(2);

            assertThat(stream.frameInfo(0)).isEqualTo(new FrameInfo(0, 0, 2, 2, PixelFormat.RGB565, 1500, 8));
            assertThat(stream.frameInfo(1)).isEqualTo(new FrameInfo(1, 32, 2, 2, PixelFormat.RGB565, 7, 8));
            assertThat(stream.readFrame(1).toByteArray()).containsExactly(9, 10, 11, 12, 13, 14, 15, 16);

            stream.seek(0);
            Image first = stream.read(false, false, false).orElseThrow();
            assertThat(first.width()).isEqualTo(2);
            assertThat(first.height()).isEqualTo(2);
            assertThat(first.format()).isEqualTo(PixelFormat.RGB565);
            assertThat(first.toByteArray()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(stream.offset()).isEqualTo(1);
        }
    }

    @Test
    void aSlotTakesASmallerFrameOrAnotherFormatThatFits() throws IOException {
        // RGB565 5x3 = 30 bytes -> slots of 32
        try (ImageStream stream = ImageStreams.allocate(5, 3, PixelFormat.RGB565, 3)) {
            byte[] grey = new byte[32]; // GRAYSCALE 8x4 = 32: fills the slot exactly
            Arrays.fill(grey, (byte) 0x5A);
            byte[] binary = new byte[24]; // BINARY 33x3: 2 words * 4 * 3 = 24
            binary[0] = 1;
            binary[23] = (byte) 0x80;
            byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 0x00, (byte) 0xFF, (byte) 0xD9};
            stream.write(Image.of(8, 4, PixelFormat.GRAYSCALE, grey), 1);
            stream.write(Image.of(33, 3, PixelFormat.BINARY, binary), 2);
            stream.write(Image.of(640, 480, PixelFormat.JPEG, jpeg), 3);

            assertThat(stream.frameInfos()).containsExactly(
                    new FrameInfo(0, 0, 8, 4, PixelFormat.GRAYSCALE, 1, 32),
                    new FrameInfo(1, 32, 33, 3, PixelFormat.BINARY, 2, 24),
                    new FrameInfo(2, 64, 640, 480, PixelFormat.JPEG, 3, 5));
            assertThat(stream.readFrame(0)).isEqualTo(Image.of(8, 4, PixelFormat.GRAYSCALE, grey));
            assertThat(stream.readFrame(1).toByteArray()).isEqualTo(binary);
            assertThat(stream.readFrame(2).toByteArray()).isEqualTo(jpeg);

            // A smaller frame over a larger one leaves a frame of the smaller size.
            stream.seek(0);
            stream.write(Image.of(1, 1, PixelFormat.GRAYSCALE, new byte[] {7}), 4);
            assertThat(stream.readFrame(0)).isEqualTo(Image.of(1, 1, PixelFormat.GRAYSCALE, new byte[] {7}));
            assertThat(stream.frameInfo(0).dataSize()).isEqualTo(1);
        }
    }

    @Test
    void aFrameLargerThanTheSlotIsRefusedNamingBothSizes() throws IOException {
        try (ImageStream stream = ImageStreams.allocate(5, 3, PixelFormat.RGB565, 2)) {
            Image tooLarge = Image.blank(11, 3, PixelFormat.GRAYSCALE); // 33 bytes > 32
            assertThatThrownBy(() -> stream.write(tooLarge, 0))
                    .isInstanceOfSatisfying(FrameTooLargeException.class, e -> {
                        assertThat(e.frameSize()).isEqualTo(33);
                        assertThat(e.slotSize()).isEqualTo(32);
                    })
                    .hasMessageContaining("33")
                    .hasMessageContaining("32");
            assertThatThrownBy(() -> stream.write(tooLarge)).isInstanceOf(FrameTooLargeException.class);
            assertThat(stream.offset()).isZero();
            assertThat(stream.frameInfos()).isEmpty();
        }
    }

    @Test
    void realCameraFramesFillTheirSlotsOrAreRefused() throws IOException {
        byte[] pgm = resource("cat.pgm");
        assertThat(new String(pgm, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("P5");
        byte[] cat = Arrays.copyOfRange(pgm, pgm.length - 320 * 240, pgm.length); // 320x240 grey, 8 bits
        byte[] jpeg = resource("compressed.jpeg"); // 320 wide, 270 high, 34838 bytes

        try (ImageStream small = ImageStreams.allocate(320, 240, PixelFormat.JPEG, 1)) {
            assertThatThrownBy(() -> small.write(Image.of(320, 270, PixelFormat.JPEG, jpeg)))
                    .isInstanceOfSatisfying(FrameTooLargeException.class, e -> {
                        assertThat(e.frameSize()).isEqualTo(34838);
                        assertThat(e.slotSize()).isEqualTo(19200); // BINARY 320x480: 10 * 4 * 480
                    });
        }
        // JPEG 640x480 slots: BINARY 640x960 = 20 * 4 * 960 = 76800, exactly one 320x240 grey frame
        try (ImageStream stream = ImageStreams.allocate(640, 480, PixelFormat.JPEG, 2)) {
            stream.write(Image.of(320, 240, PixelFormat.GRAYSCALE, cat), 33_333);
            stream.write(Image.of(320, 270, PixelFormat.JPEG, jpeg), 66_667);
            assertThat(stream.readFrame(0).toByteArray()).isEqualTo(cat);
            assertThat(stream.readFrame(1).toByteArray()).isEqualTo(jpeg);
            assertThat(stream.frameInfo(1))
                    .isEqualTo(new FrameInfo(1, 76800, 320, 270, PixelFormat.JPEG, 66_667, 34838));
        }
    }

    @Test
    void writingPastTheLastSlotIsEndOfStream() throws IOException {
        try (ImageStream stream = ImageStreams.allocate(2, 2, PixelFormat.RGB565, 2)) {
            stream.write(rgb565(2, 2, 0)).write(rgb565(2, 2, 10));
            assertThatThrownBy(() -> stream.write(rgb565(2, 2, 20))).isInstanceOf(EndOfStreamException.class);
            assertThatThrownBy(() -> stream.write(rgb565(2, 2, 20), 5)).isInstanceOf(EndOfStreamException.class);
            assertThat(stream.offset()).isEqualTo(2);
            assertThat(stream.readFrame(1)).isEqualTo(rgb565(2, 2, 10));
        }
    }

    @Test
    void aSlotNeverWrittenIsEmptyNotGarbage() throws IOException {
        try (ImageStream stream = ImageStreams.allocate(2, 2, PixelFormat.RGB565, 3)) {
            stream.write(rgb565(2, 2, 0));
            assertThatThrownBy(() -> stream.read(false, false, false))
                    .isInstanceOfSatisfying(EmptySlotException.class, e -> assertThat(e.slot()).isEqualTo(1));
            assertThatThrownBy(() -> stream.read(true, true, false)).isInstanceOf(EmptySlotException.class);
            assertThat(stream.offset()).isEqualTo(1);
            assertThatThrownBy(() -> stream.readFrame(2))
                    .isInstanceOfSatisfying(EmptySlotException.class, e -> assertThat(e.slot()).isEqualTo(2));
            assertThatThrownBy(() -> stream.frameInfo(2)).isInstanceOf(NoSuchElementException.class);
            assertThat(stream.frameInfos()).extracting(FrameInfo::index).containsExactly(0);
        }
    }

    @Test
    void indexesOutsideTheSlotsAreRefused() throws IOException {
        try (ImageStream stream = ImageStreams.allocate(2, 2, PixelFormat.RGB565, 3)) {
            assertThatThrownBy(() -> stream.readFrame(3)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> stream.readFrame(-1)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> stream.frameInfo(3)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void readAtTheEndWrapsWithLoopAndIsEndOfStreamWithout() throws IOException {
        try (ImageStream stream = ImageStreams.allocate(2, 2, PixelFormat.RGB565, 2)) {
            stream.write(rgb565(2, 2, 0)).write(rgb565(2, 2, 50));

            assertThatThrownBy(() -> stream.read(false, false, false)).isInstanceOf(EndOfStreamException.class);
            assertThat(stream.offset()).isEqualTo(2);

            assertThat(stream.read(false, true, false)).contains(rgb565(2, 2, 0));
            assertThat(stream.offset()).isEqualTo(1);
            assertThat(stream.read(false, false, false)).contains(rgb565(2, 2, 50));
            assertThat(stream.read(true, true, false)).contains(rgb565(2, 2, 0));
            assertThat(stream.offset()).isEqualTo(1);
        }
    }

    @Test
    void seekAcceptsOnlyExistingSlots() throws IOException {
        try (ImageStream stream = ImageStreams.allocate(2, 2, PixelFormat.RGB565, 3)) {
            assertThatIllegalArgumentException().isThrownBy(() -> stream.seek(-1)).withMessageContaining("-1");
            assertThatIllegalArgumentException().isThrownBy(() -> stream.seek(3)).withMessageContaining("3");
            assertThat(stream.offset()).isZero();

            assertThat(stream.seek(2)).isSameAs(stream);
            assertThat(stream.offset()).isEqualTo(2);
            stream.write(rgb565(2, 2, 90));
            assertThat(stream.frameInfos()).extracting(FrameInfo::index).containsExactly(2);
            stream.seek(0).write(rgb565(2, 2, 30));
            assertThat(stream.readFrame(0)).isEqualTo(rgb565(2, 2, 30));
            assertThat(stream.readFrame(2)).isEqualTo(rgb565(2, 2, 90));
            assertThat(stream.sync()).isSameAs(stream);
        }
    }

    @Test
    void copyToFbReusesOneImageThatTheNextReadOverwrites() throws IOException {
        try (ImageStream stream = ImageStreams.allocate(2, 2, PixelFormat.RGB565, 3)) {
            stream.write(rgb565(2, 2, 0)).write(rgb565(2, 2, 100)).write(rgb565(2, 2, 200));
            stream.seek(0);
            Image first = stream.read(true, false, false).orElseThrow();
            assertThat(first.isFrameBuffer()).isTrue();
            assertThat(first.toByteArray()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);

            Image second = stream.read(true, false, false).orElseThrow();
            assertThat(second).isSameAs(first);
            assertThat(first.toByteArray()).containsExactly(100, 101, 102, 103, 104, 105, 106, 107);

            assertThat(stream.read(true, false, false).orElseThrow()).isSameAs(first);
            assertThat(first.toByteArray()).containsExactly(
                    (byte) 200, (byte) 201, (byte) 202, (byte) 203, (byte) 204, (byte) 205, (byte) 206, (byte) 207);
        }
    }

    @Test
    void withoutCopyToFbEachReadIsAnIndependentImage() throws IOException {
        try (ImageStream stream = ImageStreams.allocate(2, 2, PixelFormat.RGB565, 2)) {
            stream.write(rgb565(2, 2, 0)).write(rgb565(2, 2, 100));
            stream.seek(0);
            Image first = stream.read(false, false, false).orElseThrow();
            Image second = stream.read(false, false, false).orElseThrow();
            assertThat(first.isFrameBuffer()).isFalse();
            assertThat(second).isNotSameAs(first);
            assertThat(first).isEqualTo(rgb565(2, 2, 0));

            first.data().put(0, (byte) 77); // changing a read image leaves the slot alone
            assertThat(stream.readFrame(0)).isEqualTo(rgb565(2, 2, 0));
            assertThat(stream.readFrame(0)).isNotSameAs(stream.readFrame(0));
        }
    }

    @Test
    void theSlotKeepsACopyOfTheWrittenBytes() throws IOException {
        try (ImageStream stream = ImageStreams.allocate(2, 2, PixelFormat.RGB565, 1)) {
            byte[] data = {1, 2, 3, 4, 5, 6, 7, 8};
            stream.write(Image.of(2, 2, PixelFormat.RGB565, data));
            data[0] = 99;
            assertThat(stream.readFrame(0).toByteArray()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        }
    }

    @Test
    void writeIntervalsComeFromTheClockOrAreKeptExactly() throws IOException {
        ManualClock clock = new ManualClock(1_000_000_000L);
        try (ImageStream stream = ImageStreams.allocate(2, 2, PixelFormat.RGB565, 5, clock)) {
            clock.advance(1_234_567);
            stream.write(rgb565(2, 2, 0));               // 1234 µs since allocation
            clock.advance(3_000_000);
            stream.write(rgb565(2, 2, 0), 77);           // given: 77 µs
            clock.advance(500_999);
            // 500.999 µs since the previous write, at 4234.567 and 4735.566 µs since allocation:
            // the difference of the whole-µs times, 4735 - 4234 = 501, as the firmware takes ticks
            stream.write(rgb565(2, 2, 0));
            stream.write(rgb565(2, 2, 0), 123_456_789_012L);
            stream.write(rgb565(2, 2, 0), 0);
            assertThat(stream.frameInfos()).extracting(FrameInfo::intervalMicros)
                    .containsExactly(1234L, 77L, 501L, 123_456_789_012L, 0L);
        }
    }

    @Test
    void aNegativeIntervalIsRefusedNamingIt() throws IOException {
        try (ImageStream stream = ImageStreams.allocate(2, 2, PixelFormat.RGB565, 1)) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> stream.write(rgb565(2, 2, 0), -5))
                    .withMessageContaining("-5");
            assertThat(stream.offset()).isZero();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SlotBehaviourTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
