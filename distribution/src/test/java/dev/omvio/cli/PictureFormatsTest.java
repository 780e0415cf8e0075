package dev.omvio.cli;

import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code pack} and {@code convert} of a folder holding one picture of each format the CLI reads
 * through TwelveMonkeys' plugins (and PNG through the JDK's). Every picture is a 4x4 pattern of
 * the eight colours whose channels are 0 or 255, turned by its place in the folder, so that a
 * frame's RGB565 pixels are known by hand and show which picture it came from. (4x4, not 4x2:
 * TwelveMonkeys 3.12.0's TGA reader fails on the 42-byte TGA of a 4x2 picture.)
 */
class PictureFormatsTest {
    /** Black, red, green, blue, white, yellow, cyan, magenta. */
    private static final int[] COLOURS = {0x000000, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0xFFFF00, 0x00FFFF, 0xFF00FF};
    /** The folder, in name order: written by ImageIO's writers, by hand (ICO, PCX, SGI) or shipped (WebP). */
    private static final List<String> FILES = List.of("a.tiff", "b.bmp", "c.ico", "d.ppm", "e.pam", "f.webp",
            "g.tga", "h.pcx", "i.sgi", "j.png");

    @TempDir
    Path dir;

    /** Pixel i of the pattern turned by {@code turn}: the colour {@code COLOURS[(i + turn) % 8]}, rows of 4. */
    static BufferedImage pattern(int turn) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 16; i++) {
            image.setRGB(i % 4, i / 4, COLOURS[(i + turn) % 8]);
        }
        return image;
    }

    private Path folder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pictures"));
        for (int turn = 0; turn < FILES.size(); turn++) {
            String name = FILES.get(turn);
            String extension = name.substring(name.indexOf('.') + 1);
            byte[] bytes = switch (extension) {
                case "webp" -> TestFiles.resource("formats/pattern-5.webp"); // made with turn 5, see the README there
                case "ico" -> ico(written(pattern(turn), "png"), written(pattern(turn + 1), "png"));
                case "pcx" -> pcx(pattern(turn));
                case "sgi" -> sgi(pattern(turn));
                default -> written(pattern(turn), extension.equals("ppm") ? "pnm" : extension);
            };
            Files.write(folder.resolve(name), bytes);
        }
        return folder;
    }

    static byte[] written(BufferedImage image, String formatName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, formatName, out)).as("an ImageIO writer for " + formatName).isTrue();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The RGB565 frame of the pattern turned by {@code turn}: each channel 0 or 255 truncates to
     * all-zero or all-one bits (r 5, g 6, b 5), stored little-endian: red 0xF800 is bytes 00 F8.
     */
    static byte[] rgb565(int turn) {
        ByteBuffer frame = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 16; i++) {
            int rgb = COLOURS[(i + turn) % 8];
            frame.putShort((short) ((rgb >> 16 & 0xFF) >> 3 << 11 | (rgb >> 8 & 0xFF) >> 2 << 5 | (rgb & 0xFF) >> 3));
        }
        return frame.array();
    }

    private void assertFrames(Path stream) throws IOException {
        try (ImageStream frames = ImageStreams.open(stream, "r")) {
            assertThat(frames.frameInfos()).hasSize(FILES.size()).allSatisfy(info -> {
                assertThat(info.width()).isEqualTo(4);
                assertThat(info.height()).isEqualTo(4);
                assertThat(info.format()).isEqualTo(PixelFormat.RGB565);
            });
            for (int index = 0; index < FILES.size(); index++) {
                assertThat(frames.readFrame(index).toByteArray()).as(FILES.get(index)).containsExactly(rgb565(index));
            }
        }
    }

    @Test
    void packTakesEveryFormatInNameOrderPixelForPixel() throws IOException {
        Path out = dir.resolve("packed.bin");

        CliRun run = CliRun.of("pack", folder().toString(), out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("packed " + FILES.size() + " frames");
        assertFrames(out);
    }

    @Test
    void convertTakesEveryFormatInNameOrderPixelForPixel() throws IOException {
        Path out = dir.resolve("converted.bin");

        CliRun run = CliRun.of("convert", folder().toString(), out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertFrames(out);
    }

    /** The test's own encoders agree with what they claim: ImageIO reads them back as the pattern. */
    @Test
    void theHandMadePcxAndSgiFilesHoldThePattern() throws IOException {
        for (byte[] file : new byte[][] {pcx(pattern(3)), sgi(pattern(3))}) {
            BufferedImage read = ImageIO.read(new java.io.ByteArrayInputStream(file));
            for (int i = 0; i < 16; i++) {
                assertThat(read.getRGB(i % 4, i / 4) & 0xFFFFFF).isEqualTo(COLOURS[(i + 3) % 8]);
            }
        }
    }

    /**
     * An icon file of PNG images (as Windows Vista introduced; TwelveMonkeys' ICO writer takes no
     * 4x4 RGB picture): a 6-byte little-endian directory (reserved 0, type 1, count), a 16-byte
     * entry per image (width, height, no palette, reserved, 1 plane, 32 bits, size, offset),
     * then the PNGs. The tool takes the first image of a file that holds several.
     */
    static byte[] ico(byte[]... pngs) {
        int offset = 6 + 16 * pngs.length;
        ByteBuffer directory = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        directory.putShort((short) 0).putShort((short) 1).putShort((short) pngs.length);
        for (byte[] png : pngs) {
            directory.put((byte) 4).put((byte) 4).put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            directory.putInt(png.length).putInt(offset);
            offset += png.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(directory.array());
        for (byte[] png : pngs) {
            out.writeBytes(png);
        }
        return out.toByteArray();
    }

    /**
     * A 24-bit PCX (ZSoft version 5): a 128-byte little-endian header, then each row as its red,
     * green and blue planes, run-length encoded: a byte of 0xC0 or more is a count (low 6 bits)
     * followed by the value, so a value of 0xC0 or more alone is written as C1 value.
     */
    static byte[] pcx(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int bytesPerLine = width + (width & 1); // even, as the format asks
        ByteBuffer header = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
        header.put((byte) 0x0A).put((byte) 5).put((byte) 1).put((byte) 8); // ZSoft, version 5, RLE, 8 bits
        header.putShort((short) 0).putShort((short) 0).putShort((short) (width - 1)).putShort((short) (height - 1));
        header.putShort((short) 72).putShort((short) 72); // dpi
        header.position(65);
        header.put((byte) 3).putShort((short) bytesPerLine).putShort((short) 1); // 3 planes, colour
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        for (int y = 0; y < height; y++) {
            for (int shift = 16; shift >= 0; shift -= 8) {
                for (int x = 0; x < bytesPerLine; x++) {
                    int value = x < width ? image.getRGB(x, y) >> shift & 0xFF : 0;
                    if (value >= 0xC0) {
                        out.write(0xC1);
                    }
                    out.write(value);
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * An SGI image, uncompressed: a 512-byte big-endian header (magic 474, storage 0, 1 byte a
     * channel, dimension 3, width, height, 3 channels, pixel range 0..255), then each channel's
     * rows from the bottom row up.
     */
    static byte[] sgi(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        ByteBuffer file = ByteBuffer.allocate(512 + width * height * 3); // big-endian by default
        file.putShort((short) 474).put((byte) 0).put((byte) 1).putShort((short) 3);
        file.putShort((short) width).putShort((short) height).putShort((short) 3);
        file.putInt(0).putInt(255);
        file.position(512);
        for (int shift = 16; shift >= 0; shift -= 8) {
            for (int y = height - 1; y >= 0; y--) {
                for (int x = 0; x < width; x++) {
                    file.put((byte) (image.getRGB(x, y) >> shift));
                }
            }
        }
        return file.array();
    }
}
