package dev.omvio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private Path extracted(String name) throws IOException {
        return dir.resolve("out").resolve(name);
    }

    @Test
    void rawFilesHoldEachFramesDataWithRgb565LittleEndian() throws IOException {
        Path file = InfoCommandTest.version10WithCutTail().writeTo(dir.resolve("cut.bin"));

        CliRun run = CliRun.of("extract", file.toString(), dir.resolve("out").toString(), "--format", "raw");

        assertThat(run.exitCode()).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("frame-000000.raw", "frame-000001.raw");
        }
        // Version 1.0 stored the RGB565 words big-endian: 0x1234, 0xABCD.
        assertThat(Files.readAllBytes(extracted("frame-000000.raw"))).containsExactly(0x34, 0x12, 0xCD, 0xAB);
        assertThat(Files.readAllBytes(extracted("frame-000001.raw"))).containsExactly(1, 2, 3, 4);
        assertThat(run.err()).contains("10 damaged bytes at offset 80");
    }

    @Test
    void aFrameRangeExtractsOnlyThoseFrames() throws IOException {
        Path file = InfoCommandTest.version10WithCutTail().writeTo(dir.resolve("cut.bin"));

        CliRun run = CliRun.of("extract", file.toString(), dir.resolve("out").toString(), "--format", "raw",
                "--frames", "1-");

        assertThat(run.exitCode()).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("frame-000001.raw");
        }
    }

    @Test
    void aRangeOutsideTheStreamIsBadInput() throws IOException {
        Path file = InfoCommandTest.version10WithCutTail().writeTo(dir.resolve("cut.bin"));

        CliRun run = CliRun.of("extract", file.toString(), dir.resolve("out").toString(), "--format", "raw",
                "--frames", "5-9");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("omvio extract: frames 5-9 outside the stream's frames 0-1");
    }

    @Test
    void malformedRangesAreUsageErrors() throws IOException {
        Path file = InfoCommandTest.version10WithCutTail().writeTo(dir.resolve("cut.bin"));

        for (String range : new String[] {"3-1", "-2", "a-b", "1-2-3"}) {
            CliRun run = CliRun.of("extract", file.toString(), dir.toString(), "--format", "raw", "--frames", range);

            assertThat(run.exitCode()).as(range).isEqualTo(2);
            assertThat(run.err().lines()).as(range).hasSize(1);
        }
    }

    @Test
    void existingFilesAreKeptUnlessForced() throws IOException {
        Path file = InfoCommandTest.version10WithCutTail().writeTo(dir.resolve("cut.bin"));
        Files.createDirectories(dir.resolve("out"));
        Files.write(extracted("frame-000000.raw"), new byte[] {9});

        CliRun refused = CliRun.of("extract", file.toString(), dir.resolve("out").toString(), "--format", "raw");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("already exists (use --force to overwrite)");
        assertThat(Files.readAllBytes(extracted("frame-000000.raw"))).containsExactly(9);

        CliRun forced = CliRun.of("extract", file.toString(), dir.resolve("out").toString(), "--format", "raw",
                "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readAllBytes(extracted("frame-000000.raw"))).containsExactly(0x34, 0x12, 0xCD, 0xAB);
    }

    @Test
    void onlyKnownFormatsAreAccepted() throws IOException {
        Path file = InfoCommandTest.version10WithCutTail().writeTo(dir.resolve("cut.bin"));

        // WebP is read (pack, convert) but never written: TwelveMonkeys has no WebP writer
        CliRun run = CliRun.of("extract", file.toString(), dir.toString(), "--format", "webp");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("webp");
    }

    /**
     * Version 2.1 by hand: frame 0 the camera's JPEG (320x270); frame 1 a 2x1 RGB565 frame of
     * 0x1234 and 0xF800 (4 bytes, 12 of padding); frame 2 a 3x1 GRAYSCALE frame 0, 128, 255.
     */
    private Path mixedFrames() throws IOException {
        return StreamBytes.magic("V2.1")
                .frame2x(0, 320, 270, 0x06060000L, TestFiles.cameraJpeg())
                .frame2x(1_000, 2, 1, 0x0C030002L, new byte[] {0x34, 0x12, 0x00, (byte) 0xF8})
                .frame2x(1_000, 3, 1, 0x08020001L, new byte[] {0, (byte) 128, (byte) 255})
                .writeTo(dir.resolve("mixed.bin"));
    }

    @Test
    void jpgOfAJpegFrameIsItsBytesUnchanged() throws IOException {
        CliRun run = CliRun.of("extract", mixedFrames().toString(), dir.resolve("out").toString(), "--format", "jpg",
                "--frames", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(extracted("frame-000000.jpg"))).isEqualTo(TestFiles.cameraJpeg());
    }

    /** The comment line TwelveMonkeys' PNM writer puts after the magic number (netpbm allows comments there). */
    private static final String CREATOR = "# CREATOR: TwelveMonkeys NetPBM Portable Any Map (PNM) image writer\n";

    /**
     * RGB565 to 8 bits by bit replication (FORMAT.md): 0x1234 is r5 2, g6 17, b5 20, so
     * r 16, g 69, b 165; 0xF800 is pure red. Grey bytes stay as they are, in a P5 file. The
     * header is TwelveMonkeys' PNM writer's: magic, its CREATOR comment, width height, maxval.
     */
    @Test
    void ppmIsBinaryP6ForColourAndP5ForGrey() throws IOException {
        CliRun run = CliRun.of("extract", mixedFrames().toString(), dir.resolve("out").toString(), "--format", "ppm",
                "--frames", "1-2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(extracted("frame-000001.ppm")))
                .containsExactly(PackCommandTest.concat("P6\n" + CREATOR + "2 1\n255\n", 16, 69, 165, 255, 0, 0));
        assertThat(Files.readAllBytes(extracted("frame-000002.ppm")))
                .containsExactly(PackCommandTest.concat("P5\n" + CREATOR + "3 1\n255\n", 0, 128, 255));
    }

    @Test
    void pnmIsPpmUnderItsGeneralName() throws IOException {
        CliRun run = CliRun.of("extract", mixedFrames().toString(), dir.resolve("out").toString(), "--format", "pnm",
                "--frames", "1-2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(extracted("frame-000001.pnm")))
                .containsExactly(PackCommandTest.concat("P6\n" + CREATOR + "2 1\n255\n", 16, 69, 165, 255, 0, 0));
        assertThat(Files.readAllBytes(extracted("frame-000002.pnm")))
                .containsExactly(PackCommandTest.concat("P5\n" + CREATOR + "3 1\n255\n", 0, 128, 255));
    }

    /** The same pixels as {@link #ppmIsBinaryP6ForColourAndP5ForGrey}, in TIFF files read back through ImageIO. */
    @Test
    void tiffHoldsRgbForColourAndGreyLevelsForGrey() throws IOException {
        CliRun run = CliRun.of("extract", mixedFrames().toString(), dir.resolve("out").toString(), "--format", "tiff",
                "--frames", "1-2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        java.awt.image.BufferedImage colour = javax.imageio.ImageIO.read(extracted("frame-000001.tiff").toFile());
        assertThat(colour.getWidth()).isEqualTo(2);
        assertThat(colour.getRGB(0, 0) & 0xFFFFFF).isEqualTo(16 << 16 | 69 << 8 | 165);
        assertThat(colour.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        java.awt.image.BufferedImage grey = javax.imageio.ImageIO.read(extracted("frame-000002.tiff").toFile());
        assertThat(grey.getColorModel().getNumComponents()).isEqualTo(1);
        assertThat(grey.getRaster().getSamples(0, 0, 3, 1, 0, new int[3])).containsExactly(0, 128, 255);
    }

    @Test
    void pngOfARawFrameHoldsItsPixels() throws IOException {
        CliRun run = CliRun.of("extract", mixedFrames().toString(), dir.resolve("out").toString(), "--format", "png",
                "--frames", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(extracted("frame-000001.png").toFile());
        assertThat(png.getWidth()).isEqualTo(2);
        assertThat(png.getRGB(0, 0) & 0xFFFFFF).isEqualTo(16 << 16 | 69 << 8 | 165);
        assertThat(png.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
    }

    @Test
    void aPngFrameIsCopiedAsItIs() throws IOException {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        Path file = StreamBytes.magic("V2.1").frame2x(0, 3, 2, 0x06070000L, png.toByteArray())
                .writeTo(dir.resolve("png.bin"));

        assertThat(CliRun.of("extract", file.toString(), dir.resolve("out").toString(), "--format", "png").exitCode())
                .isZero();
        assertThat(Files.readAllBytes(extracted("frame-000000.png"))).isEqualTo(png.toByteArray());
    }

    @Test
    void aSymbolicLinkWhereAFrameGoesIsNeverFollowedEvenWithForce() throws IOException {
        Path file = InfoCommandTest.version10WithCutTail().writeTo(dir.resolve("cut.bin"));
        Path elsewhere = Files.write(dir.resolve("elsewhere.txt"), new byte[] {7});
        Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(extracted("frame-000000.raw"), elsewhere);

        CliRun run = CliRun.of("extract", file.toString(), dir.resolve("out").toString(), "--format", "raw", "--force");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(Files.readAllBytes(elsewhere)).containsExactly(7);
    }

    @Test
    void namesThatLeaveTheFolderAreRefused() {
        Path folder = dir.resolve("out");

        assertThat(OutputFiles.inside(folder, "frame-000001.png")).isEqualTo(folder.toAbsolutePath().resolve("frame-000001.png"));
        for (String name : new String[] {"../escape.png", "sub/../../x", "/etc/passwd", ".."}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutputFiles.inside(folder, name)).as(name)
                    .isInstanceOf(BadInputException.class).hasMessageContaining("outside");
        }
    }
}
