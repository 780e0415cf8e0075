package dev.omvio.cli;

import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class PackCommandTest {
    @TempDir
    Path dir;

    private Path folder(String... names) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pictures"));
        for (String name : names) {
            Files.write(folder.resolve(name), TestFiles.resource(name));
        }
        return folder;
    }

    @Test
    void greyPicturesBecomeGrayscaleFramesInNameOrderWithTheirLevels() throws IOException {
        Path folder = folder("cat.pgm");
        // A 2x1 P5 by hand, named to sort first: levels 0 and 128.
        Files.write(folder.resolve("a.pgm"), concat("P5\n# two pixels\n2 1\n255\n", 0, 128));
        Path out = dir.resolve("grey.bin");

        CliRun run = CliRun.of("pack", folder.toString(), out.toString(), "--interval", "40ms");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("packed 2 frames");
        try (ImageStream stream = ImageStreams.open(out, "r")) {
            assertThat(stream.frameInfos()).extracting(FrameInfo::width, FrameInfo::height, FrameInfo::format,
                    FrameInfo::intervalMicros).containsExactly(
                    tuple(2, 1, PixelFormat.GRAYSCALE, 40_000L), tuple(320, 240, PixelFormat.GRAYSCALE, 40_000L));
            assertThat(stream.readFrame(0).toByteArray()).containsExactly(0, 128);
            byte[] cat = TestFiles.resource("cat.pgm");
            byte[] pixels = java.util.Arrays.copyOfRange(cat, cat.length - 320 * 240, cat.length);
            assertThat(stream.readFrame(1).toByteArray()).isEqualTo(pixels);
        }
    }

    /** blobs.ppm's first pixel is (0x67, 0x6B, 0x74): RGB565 by truncation, 0x6B4E. */
    @Test
    void colourPicturesBecomeRgb565ByDefault() throws IOException {
        Path out = dir.resolve("colour.bin");

        CliRun run = CliRun.of("pack", folder("blobs.ppm").toString(), out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (ImageStream stream = ImageStreams.open(out, "r")) {
            assertThat(stream.frameInfos()).extracting(FrameInfo::width, FrameInfo::height, FrameInfo::format,
                    FrameInfo::intervalMicros).containsExactly(tuple(160, 120, PixelFormat.RGB565, 100_000L));
            int r = 0x67 >> 3;
            int g = 0x6B >> 2;
            int b = 0x74 >> 3;
            int pixel = r << 11 | g << 5 | b;
            assertThat(stream.readFrame(0).toByteArray()).startsWith((byte) pixel, (byte) (pixel >> 8));
        }
    }

    @Test
    void jpegFilesPackedAsJpegKeepTheirBytesAndOthersAreEncoded() throws IOException {
        Path folder = folder("compressed.jpeg", "blobs.ppm");
        Path out = dir.resolve("jpeg.bin");

        CliRun run = CliRun.of("pack", folder.toString(), out.toString(), "--pixformat", "jpeg", "--interval", "0.5s");

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (ImageStream stream = ImageStreams.open(out, "r")) {
            assertThat(stream.frameInfos()).extracting(FrameInfo::width, FrameInfo::height, FrameInfo::format,
                    FrameInfo::intervalMicros).containsExactly(
                    tuple(160, 120, PixelFormat.JPEG, 500_000L), tuple(320, 270, PixelFormat.JPEG, 500_000L));
            assertThat(stream.readFrame(1).toByteArray()).isEqualTo(TestFiles.cameraJpeg());
            BufferedImage blobs = ImageIO.read(new java.io.ByteArrayInputStream(stream.readFrame(0).toByteArray()));
            assertThat(blobs.getWidth()).isEqualTo(160);
        }
    }

    /** 33.333 ms does not fit version 2.0's milliseconds: intervals of 33 and 34 ms keep the clip on time. */
    @Test
    void intervalsThatAreNotWholeMillisecondsDoNotDrift() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pictures"));
        for (int i = 0; i < 4; i++) {
            Files.write(folder.resolve("p" + i + ".pgm"), concat("P5 1 1 255\n", i));
        }
        Path out = dir.resolve("thirds.bin");

        assertThat(CliRun.of("pack", folder.toString(), out.toString(), "--interval", "33333us").exitCode()).isZero();

        try (ImageStream stream = ImageStreams.open(out, "r")) {
            // times 33.333, 66.666, 99.999, 133.332 ms, rounded down: 33, 66, 99, 133
            assertThat(stream.frameInfos()).extracting(FrameInfo::intervalMicros)
                    .containsExactly(33_000L, 33_000L, 33_000L, 34_000L);
        }
    }

    @Test
    void anEmptyFolderAMissingOneAndABrokenPictureAreBadInput() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.write(broken.resolve("x.ppm"), concat("P6 100000 100000 255\n", 1, 2, 3));

        for (Path folder : new Path[] {empty, broken, dir.resolve("missing")}) {
            CliRun run = CliRun.of("pack", folder.toString(), dir.resolve("out.bin").toString());

            assertThat(run.exitCode()).as(folder.toString()).isEqualTo(2);
            assertThat(run.err().lines()).as(run.err()).hasSize(1);
            assertThat(run.err()).contains(folder.toString());
        }
    }

    @Test
    void badOptionValuesAreUsageErrors() throws IOException {
        Path folder = folder("cat.pgm");
        for (String[] options : new String[][] {{"--pixformat", "rgb888"}, {"--interval", "fast"}, {"--interval", "0s"}}) {
            CliRun run = CliRun.of("pack", folder.toString(), dir.resolve("out.bin").toString(), options[0], options[1]);

            assertThat(run.exitCode()).as(options[1]).isEqualTo(2);
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).contains(options[1]);
        }
        assertThat(dir.resolve("out.bin")).doesNotExist();
    }

    /** The camera and the IDE store no pixels for ARGB8 (image_size() has no case for it). */
    @Test
    void argb8IsAUsageErrorNamingTheFormatsToUseInstead() throws IOException {
        Path folder = folder("cat.pgm");
        CliRun run = CliRun.of("pack", folder.toString(), dir.resolve("out.bin").toString(), "--pixformat", "argb8");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("ARGB8", "--pixformat png (keeps alpha) or rgb565");
        assertThat(dir.resolve("out.bin")).doesNotExist();
    }

    static byte[] concat(String header, int... values) {
        byte[] text = header.getBytes(StandardCharsets.US_ASCII);
        byte[] all = java.util.Arrays.copyOf(text, text.length + values.length);
        for (int i = 0; i < values.length; i++) {
            all[text.length + i] = (byte) values[i];
        }
        return all;
    }
}
