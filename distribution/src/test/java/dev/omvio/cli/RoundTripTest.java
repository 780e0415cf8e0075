package dev.omvio.cli;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RoundTripTest {
    /** Version 2.0 keeps milliseconds: every frame lands on its time rounded down, however the times fall. */
    @Property(tries = 50)
    void streamOutputKeepsEveryFrameWithinAMillisecondOfItsTime(
            @ForAll @Size(min = 1, max = 20) List<@LongRange(max = 5_000_000) Long> steps) throws IOException {
        Path dir = Files.createTempDirectory("omvio-times");
        try {
            Path file = dir.resolve("t.bin");
            long[] times = new long[steps.size()];
            try (StreamOutput out = StreamOutput.create(OutputFiles.reading(false), file)) {
                long time = 0;
                for (int i = 0; i < times.length; i++) {
                    time += steps.get(i);
                    times[i] = time;
                    out.write(Image.of(1, 1, PixelFormat.GRAYSCALE, new byte[1]), time);
                }
                out.commit();
            }
            try (ImageStream stream = ImageStreams.open(file, "r")) {
                long written = 0;
                for (int i = 0; i < times.length; i++) {
                    written += stream.frameInfo(i).intervalMicros();
                    assertThat(written).isEqualTo(times[i] / 1_000 * 1_000);
                }
            }
        } finally {
            deleteAll(dir);
        }
    }

    /** Grey frames extracted as P5 files and packed again are the same frames, byte for byte. */
    @Property(tries = 20)
    void extractingAsPgmAndPackingGivesTheFramesBack(
            @ForAll @IntRange(min = 1, max = 6) int width, @ForAll @IntRange(min = 1, max = 6) int height,
            @ForAll @Size(min = 1, max = 4) List<@Size(36) List<@IntRange(max = 255) Integer>> frames) throws IOException {
        Path dir = Files.createTempDirectory("omvio-roundtrip");
        try {
            Path original = dir.resolve("original.bin");
            try (ImageStream out = ImageStreams.open(original, "w")) {
                for (List<Integer> levels : frames) {
                    byte[] pixels = new byte[width * height];
                    for (int i = 0; i < pixels.length; i++) {
                        pixels[i] = (byte) (int) levels.get(i);
                    }
                    out.write(Image.of(width, height, PixelFormat.GRAYSCALE, pixels), 50_000);
                }
            }
            Path packed = dir.resolve("packed.bin");

            assertThat(CliRun.of("extract", original.toString(), dir.resolve("frames").toString(), "--format", "ppm")
                    .exitCode()).isZero();
            assertThat(CliRun.of("pack", dir.resolve("frames").toString(), packed.toString(), "--interval", "50ms")
                    .exitCode()).isZero();

            try (ImageStream before = ImageStreams.open(original, "r"); ImageStream after = ImageStreams.open(packed, "r")) {
                assertThat(after.frameInfos()).extracting(FrameInfo::format).containsOnly(PixelFormat.GRAYSCALE);
                assertThat(after.frameInfos()).extracting(FrameInfo::intervalMicros)
                        .isEqualTo(before.frameInfos().stream().map(FrameInfo::intervalMicros).toList());
                for (int i = 0; i < before.count(); i++) {
                    assertThat(after.readFrame(i)).isEqualTo(before.readFrame(i));
                }
            }
        } finally {
            deleteAll(dir);
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
