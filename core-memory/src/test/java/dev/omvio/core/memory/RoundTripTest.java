package dev.omvio.core.memory;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.FrameTooLargeException;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Frames of every pixel format come back from their slots byte for byte, with their intervals. */
class RoundTripTest {

    /** Slots of {@code width} x {@code height} {@code format} and the frames written to them, one per slot. */
    record Recording(PixelFormat format, int width, int height, List<Frame> frames) {
    }

    /** A frame with the interval it is written with. */
    record Frame(Image image, long intervalMicros) {
    }

    @Property(tries = 300)
    void everyFrameWithinItsSlotReadsBackExactly(@ForAll("recordings") Recording recording) throws IOException {
        List<Frame> frames = recording.frames();
        try (ImageStream stream = ImageStreams.allocate(
                recording.width(), recording.height(), recording.format(), frames.size())) {
            for (Frame frame : frames) {
                stream.write(frame.image(), frame.intervalMicros());
            }
            assertThat(stream.offset()).isEqualTo(frames.size());

            long slotSize = stream.bufferSize().orElseThrow();
            stream.seek(0);
            for (int i = 0; i < frames.size(); i++) {
                Image written = frames.get(i).image();
                assertThat(stream.frameInfo(i)).isEqualTo(new FrameInfo(i, i * slotSize, written.width(),
                        written.height(), written.format(), frames.get(i).intervalMicros(), written.dataSize()));
                assertThat(stream.readFrame(i)).isEqualTo(written);
                assertThat(stream.read(false, false, false)).contains(written);
            }
            stream.seek(0);
            for (Frame frame : frames) {
                assertThat(stream.read(true, false, false).orElseThrow()).isEqualTo(frame.image());
            }
        }
    }

    @Property(tries = 300)
    void anyFrameFitsAnySlotExactlyWhenItsDataDoes(
            @ForAll PixelFormat slotFormat, @ForAll("sides") int width, @ForAll("sides") int height,
            @ForAll("anyFrame") Image frame) throws IOException {
        try (ImageStream stream = ImageStreams.allocate(width, height, slotFormat, 1)) {
            long slotSize = stream.bufferSize().orElseThrow();
            if (frame.dataSize() <= slotSize) {
                stream.write(frame, 42);
                assertThat(stream.readFrame(0)).isEqualTo(frame);
                assertThat(stream.frameInfo(0).format()).isEqualTo(frame.format());
            } else {
                assertThatThrownBy(() -> stream.write(frame, 42))
                        .isInstanceOfSatisfying(FrameTooLargeException.class, e -> {
                            assertThat(e.frameSize()).isEqualTo(frame.dataSize());
                            assertThat(e.slotSize()).isEqualTo(slotSize);
                        });
                assertThat(stream.offset()).isZero();
                assertThat(stream.frameInfos()).isEmpty();
            }
        }
    }

    @Provide
    Arbitrary<Integer> sides() {
        return side();
    }

    @Provide
    Arbitrary<Recording> recordings() {
        return Combinators.combine(Arbitraries.of(PixelFormat.class), side(), side(),
                        Arbitraries.integers().between(1, 4))
                .flatAs((format, width, height, slots) -> frameWithin(format, width, height)
                        .list().ofSize(slots)
                        .map(frames -> new Recording(format, width, height, frames)));
    }

    /** A frame of {@code format} no larger than the slot: at most the slot's geometry, or for
     *  JPEG and PNG at most the bytes of a BINARY image of width x 2 height (FORMAT.md section 4). */
    private static Arbitrary<Frame> frameWithin(PixelFormat format, int width, int height) {
        Arbitrary<Image> image;
        if (format.isCompressed()) {
            int binaryBytes = (width + 31) / 32 * 4 * 2 * height;
            image = Combinators.combine(side(), side(), bytes(1, binaryBytes))
                    .as((w, h, data) -> Image.of(w, h, format, data));
        } else {
            image = Combinators.combine(
                            Arbitraries.integers().between(1, width), Arbitraries.integers().between(1, height))
                    .flatAs((w, h) -> bytes((int) format.dataSize(w, h), (int) format.dataSize(w, h))
                            .map(data -> Image.of(w, h, format, data)));
        }
        return Combinators.combine(image, Arbitraries.longs().between(0, Long.MAX_VALUE)).as(Frame::new);
    }

    @Provide
    Arbitrary<Image> anyFrame() {
        return Arbitraries.of(PixelFormat.class).flatMap(format -> format.isCompressed()
                ? Combinators.combine(side(), side(), bytes(1, 600)).as((w, h, data) -> Image.of(w, h, format, data))
                : Combinators.combine(side(), side()).flatAs((w, h) -> {
                    int size = (int) format.dataSize(w, h);
                    return bytes(size, size).map(data -> Image.of(w, h, format, data));
                }));
    }

    private static Arbitrary<Integer> side() {
        return Arbitraries.integers().between(1, 70);
    }

    private static Arbitrary<byte[]> bytes(int minSize, int maxSize) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(minSize).ofMaxSize(maxSize);
    }
}
