package dev.omvio.core.file;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever is written in any of the eleven formats stream files hold (not ARGB8, whose pixels
 * the camera does not store) reads back equal, with intervals that are the differences of the
 * frames' times rounded down to milliseconds, as the firmware stores them.
 */
class RoundTripTest {
    private static final List<PixelFormat> STORABLE = Arrays.stream(PixelFormat.values())
            .filter(format -> format != PixelFormat.ARGB8).toList();

    record Frame(Image image, long intervalMicros) {
    }

    @Property(tries = 60)
    void framesReadBackAsWritten(@ForAll("frames") List<Frame> frames) throws IOException {
        assertRoundTrip(frames);
    }

    @Property(tries = 40)
    void everyFormatReadsBackAsWritten(@ForAll("storable") PixelFormat format, @ForAll("frame") Frame shape) throws IOException {
        Image image = shape.image();
        int size = format.isCompressed() ? 1 + image.dataSize() % 300 : (int) format.dataSize(image.width(), image.height());
        byte[] data = new byte[size];
        new Random(image.hashCode()).nextBytes(data);
        assertRoundTrip(List.of(new Frame(Image.of(image.width(), image.height(), format, data), shape.intervalMicros())));
    }

    @Example
    void allElevenStorableFormatsInOneStream() throws IOException {
        List<Frame> frames = new ArrayList<>();
        for (PixelFormat format : STORABLE) {
            int size = format.isCompressed() ? 7 : (int) format.dataSize(5, 3);
            frames.add(new Frame(Image.of(5, 3, format, StreamBytes.sequence(format.ordinal() * 16, size)),
                    format.ordinal() * 1_500L));
        }
        assertRoundTrip(frames);
    }

    private static void assertRoundTrip(List<Frame> frames) throws IOException {
        Path file = Files.createTempFile("roundtrip", ".bin");
        try {
            try (ImageStream out = ImageStreams.open(file, "w")) {
                for (Frame frame : frames) {
                    out.write(frame.image(), frame.intervalMicros());
                }
            }
            long expectedSize = 16;
            long timeMicros = 0;
            try (ImageStream in = ImageStreams.open(file, "r")) {
                assertThat(in.count()).isEqualTo(frames.size());
                assertThat(in.damagedTail()).isEmpty();
                for (int i = 0; i < frames.size(); i++) {
                    Image written = frames.get(i).image();
                    FrameInfo info = in.frameInfo(i);
                    assertThat(info.offset()).isEqualTo(expectedSize);
                    long previousMillis = timeMicros / 1000;
                    timeMicros += frames.get(i).intervalMicros();
                    assertThat(info.intervalMicros()).isEqualTo((timeMicros / 1000 - previousMillis) * 1000);
                    assertThat(info.dataSize()).isEqualTo(written.dataSize());
                    assertThat(in.readFrame(i)).isEqualTo(written);
                    assertThat(in.read(false, false, false)).contains(written);
                    expectedSize += (32 + written.dataSize() + 15) / 16 * 16;
                }
                assertThat(in.size()).isEqualTo(expectedSize);
            }
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<PixelFormat> storable() {
        return Arbitraries.of(STORABLE);
    }

    @Provide
    Arbitrary<Frame> frame() {
        Arbitrary<PixelFormat> formats = storable();
        Arbitrary<Integer> sides = Arbitraries.integers().between(1, 70);
        Arbitrary<Integer> compressedSizes = Arbitraries.integers().between(1, 400);
        Arbitrary<Long> seeds = Arbitraries.longs();
        Arbitrary<Long> intervals = Arbitraries.longs().between(0, 100_000_000L);
        return Combinators.combine(formats, sides, sides, compressedSizes, seeds, intervals)
                .as((format, width, height, compressedSize, seed, interval) -> {
                    int size = format.isCompressed() ? compressedSize : (int) format.dataSize(width, height);
                    byte[] data = new byte[size];
                    new Random(seed).nextBytes(data);
                    return new Frame(Image.of(width, height, format, data), interval);
                });
    }

    @Provide
    Arbitrary<List<Frame>> frames() {
        return frame().list().ofMinSize(1).ofMaxSize(8);
    }
}
