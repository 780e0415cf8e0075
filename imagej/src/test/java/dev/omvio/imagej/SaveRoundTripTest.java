package dev.omvio.imagej;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ShortProcessor;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stacks saved as recordings and opened again keep every frame; recordings saved again keep their bytes. */
class SaveRoundTripTest {
    @TempDir
    Path dir;

    @Property(tries = 30)
    void greyStacksRoundTripEveryPixel(@ForAll @IntRange(min = 1, max = 40) int width, @ForAll @IntRange(min = 1, max = 30) int height,
            @ForAll @IntRange(min = 1, max = 6) int slices, @ForAll long seed) throws IOException {
        Path tempDir = Files.createTempDirectory("omvio-imagej");
        try {
            Random random = new Random(seed);
            ImageStack stack = new ImageStack(width, height);
            for (int n = 0; n < slices; n++) {
                byte[] pixels = new byte[width * height];
                random.nextBytes(pixels);
                stack.addSlice("s" + n, new ByteProcessor(width, height, pixels));
            }
            ImagePlus imp = new ImagePlus("grey", stack);
            Path file = tempDir.resolve("grey.bin");
            assertThat(OpenMvStacks.save(imp, file, SaveOptions.DEFAULT)).isEqualTo(slices);
            ImagePlus back = OpenMvStacks.open(file, OpenOptions.DEFAULT.withStack(OpenOptions.StackKind.IN_MEMORY));
            assertThat(back.getStackSize()).isEqualTo(slices);
            for (int n = 1; n <= slices; n++) {
                assertThat((byte[]) back.getStack().getPixels(n)).containsExactly((byte[]) stack.getPixels(n));
            }
        } finally {
            try (var files = Files.list(tempDir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(tempDir);
        }
    }

    /** A recording opened and saved again in its own format holds the same frames, byte for byte. */
    @Test
    void rgb565BinaryAndGreyscaleRecordingsSaveBackToTheSameFrames() throws IOException {
        Random random = new Random(18);
        for (PixelFormat format : new PixelFormat[] {PixelFormat.RGB565, PixelFormat.BINARY, PixelFormat.GRAYSCALE}) {
            Path original = dir.resolve(format + ".bin");
            List<Image> frames = new ArrayList<>();
            try (ImageStream out = ImageStreams.open(original, "w")) {
                for (int i = 0; i < 4; i++) {
                    // width 32: BINARY rows are whole words with no unused bits
                    byte[] data = new byte[(int) format.dataSize(32, 5)];
                    random.nextBytes(data);
                    frames.add(Image.of(32, 5, format, data));
                    out.write(frames.get(i), 25_000);
                }
            }
            ImagePlus imp = OpenMvStacks.open(original);
            Path copy = dir.resolve(format + "-copy.bin");
            OpenMvStacks.save(imp, copy, SaveOptions.DEFAULT.withFormat(format));
            try (ImageStream in = ImageStreams.open(copy, "r")) {
                assertThat(in.version()).hasValue(20);
                assertThat(in.count()).isEqualTo(4);
                for (int i = 0; i < 4; i++) {
                    assertThat(in.readFrame(i)).as("%s frame %d", format, i).isEqualTo(frames.get(i));
                    // the calibration's 25 ms interval is written back
                    assertThat(in.frameInfo(i).intervalMicros()).isEqualTo(25_000);
                }
            }
        }
    }

    @Test
    void pngAndJpegKeepEveryFrameAndItsSize() throws IOException {
        ImageStack stack = new ImageStack(16, 8);
        for (int n = 0; n < 5; n++) {
            ColorProcessor ip = new ColorProcessor(16, 8);
            ip.setColor(new java.awt.Color(40 * n, 255 - 40 * n, 128));
            ip.fill();
            stack.addSlice(null, ip);
        }
        ImagePlus imp = new ImagePlus("colour", stack);
        for (PixelFormat format : new PixelFormat[] {PixelFormat.PNG, PixelFormat.JPEG}) {
            Path file = dir.resolve(format + ".bin");
            OpenMvStacks.save(imp, file, SaveOptions.DEFAULT.withFormat(format));
            ImagePlus back = OpenMvStacks.open(file);
            assertThat(back.getStackSize()).isEqualTo(5);
            assertThat(back.getWidth()).isEqualTo(16);
            assertThat(back.getHeight()).isEqualTo(8);
            if (format == PixelFormat.PNG) {
                for (int n = 1; n <= 5; n++) {
                    assertThat(back.getStack().getProcessor(n).get(3, 3) & 0xFFFFFF)
                            .isEqualTo(stack.getProcessor(n).get(3, 3) & 0xFFFFFF);
                }
            }
        }
    }

    @Test
    void rangeIntervalAndDefaultFormatFollowTheImage() throws IOException {
        ImageStack stack = new ImageStack(4, 2);
        for (int n = 0; n < 10; n++) {
            ColorProcessor ip = new ColorProcessor(4, 2);
            ip.set(0, 0, (n * 8) << 16); // slice n + 1: red n * 8, which RGB565 keeps as r5 = n
            stack.addSlice(null, ip);
        }
        ImagePlus imp = new ImagePlus("rgb", stack);
        Calibration calibration = imp.getCalibration();
        calibration.fps = 30;
        assertThat(OpenMvStacks.defaultFormat(imp)).isEqualTo(PixelFormat.RGB565);
        Path file = dir.resolve("range.bin");
        assertThat(OpenMvStacks.save(imp, file, SaveOptions.DEFAULT.withRange(3, 7))).isEqualTo(5);
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.count()).isEqualTo(5);
            // 1/30 s = 33,333 µs per frame; 2.0 stores the differences of the timeline's whole ms:
            // 33333, 66666, 99999, 133332, 166665 µs -> 33, 66, 99, 133, 166 ms -> 33, 33, 33, 34, 33
            assertThat(in.frameInfos()).extracting(FrameInfo::intervalMicros)
                    .containsExactly(33_000L, 33_000L, 33_000L, 34_000L, 33_000L);
            assertThat(in.frameInfos()).extracting(FrameInfo::format).containsOnly(PixelFormat.RGB565);
            // frames 0..4 are slices 3..7: first pixel r5 = 2..6, i.e. the 16-bit word (k + 2) << 11
            for (int k = 0; k < 5; k++) {
                assertThat(in.readFrame(k).data().getShort(0)).isEqualTo((short) ((k + 2) << 11));
                assertThat(in.readFrame(k).data().getShort(2)).isZero();
            }
        }
        // calibration in ms: 40 ms -> 40,000 µs
        calibration.fps = 0;
        calibration.frameInterval = 40;
        calibration.setTimeUnit("ms");
        assertThat(OpenMvStacks.intervalMicros(calibration)).isEqualTo(40_000);
        calibration.frameInterval = 0;
        assertThat(OpenMvStacks.intervalMicros(calibration)).isEqualTo(OpenMvStacks.DEFAULT_INTERVAL_MICROS);
    }

    @Test
    void sixteenBitSlicesAreWrittenAsGreyScaledByTheDisplayRange() throws IOException {
        ShortProcessor ip = new ShortProcessor(3, 1);
        ip.set(0, 0, 0);
        ip.set(1, 0, 500);
        ip.set(2, 0, 1000);
        ip.setMinAndMax(0, 1000);
        ImagePlus imp = new ImagePlus("16-bit", ip);
        assertThat(OpenMvStacks.defaultFormat(imp)).isEqualTo(PixelFormat.GRAYSCALE);
        Path file = dir.resolve("short.bin");
        OpenMvStacks.save(imp, file, SaveOptions.DEFAULT);
        try (ImageStream in = ImageStreams.open(file, "r")) {
            // ImageJ's TypeConverter: (v - min) * 256 / (max - min + 1) + 0.5, truncated, at most 255:
            // 500 * 256 / 1001 + 0.5 = 128.37 -> 128; 1000 -> 256.2 -> 255
            assertThat(in.readFrame(0).toByteArray()).containsExactly(0, 128, 255);
        }
    }

    @Test
    void aSavedRecordingHasTheFilePermissionsOfAnyNewFile() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path reference = Files.createFile(dir.resolve("reference"));
        Path saved = dir.resolve("saved.bin");
        OpenMvStacks.save(new ImagePlus("grey", new ByteProcessor(2, 2)), saved, SaveOptions.DEFAULT);
        assertThat(Files.getPosixFilePermissions(saved)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void aFailedSaveLeavesTheTargetAsItWas() throws IOException {
        Path target = Files.writeString(dir.resolve("keep.bin"), "not replaced");
        ImagePlus imp = new ImagePlus("rgb", new ColorProcessor(4, 4));
        // a range beyond the stack is refused before anything is written
        assertThatThrownBy(() -> OpenMvStacks.save(imp, target, SaveOptions.DEFAULT.withRange(1, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the stack's 1..1");
        // an image too large for a recording (ImageJ allows it, the IDE's limit is 32767) fails while writing
        ImagePlus wide = new ImagePlus("wide", new ByteProcessor(32768, 1));
        assertThatThrownBy(() -> OpenMvStacks.save(wide, target, SaveOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(target)).isEqualTo("not replaced");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.bin");
        }
        assertThatThrownBy(() -> SaveOptions.DEFAULT.withFormat(PixelFormat.ARGB8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PNG or RGB565");
    }
}
