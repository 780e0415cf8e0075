package dev.omvio.bridge.javax.contract;

import dev.omvio.image.PixelFormat;

import javax.imageio.ImageIO;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The stream files the contract suites read, written once per test run into a temporary
 * folder: one frame of every pixel format that holds pixels in a file (version 2.0; not ARGB8,
 * whose chunk the camera writes without data), every format version (1.0, 1.1, 2.0, 2.1), a file of several frames of different sizes and formats, and a cut file whose
 * last chunk stops short. Frames are laid out by FORMAT.md, byte by byte, independently of the
 * bridge's writer; uncompressed data is a fixed pseudo-random pattern, so that every pixel differs
 * from its neighbours.
 */
final class ContractFiles {
    /** One file: its path, the sizes of its whole frames and the pixel format of frame 0. */
    record StreamFile(Path path, List<Dimension> sizes, PixelFormat firstFormat) {
    }

    private static final int WIDTH = 40;
    private static final int HEIGHT = 30;
    private static final List<StreamFile> FILES = write();

    private ContractFiles() {
    }

    /** Every file: single frames of every format first, then the versions, multi-frame and cut files. */
    static List<StreamFile> all() {
        return FILES;
    }

    private static List<StreamFile> write() {
        try {
            Path folder = Files.createTempDirectory("omvio-contract");
            folder.toFile().deleteOnExit();
            List<StreamFile> files = new ArrayList<>();
            byte[] jpeg = resource("compressed.jpeg");
            byte[] png = png();
            for (PixelFormat format : PixelFormat.values()) {
                if (format == PixelFormat.ARGB8) {
                    continue; // the camera stores an ARGB8 frame's header alone: no pixels to read
                }
                Stream stream = new Stream("2.0");
                if (format == PixelFormat.JPEG) {
                    stream.frame2(320, 270, format, jpeg);
                    files.add(stream.save(folder, format.name(), List.of(new Dimension(320, 270)), format));
                } else if (format == PixelFormat.PNG) {
                    stream.frame2(WIDTH, HEIGHT, format, png);
                    files.add(stream.save(folder, format.name(), List.of(new Dimension(WIDTH, HEIGHT)), format));
                } else {
                    stream.frame2(WIDTH, HEIGHT, format, pattern(format, WIDTH, HEIGHT, format.ordinal()));
                    files.add(stream.save(folder, format.name(), List.of(new Dimension(WIDTH, HEIGHT)), format));
                }
            }
            // Version 1.0 and 1.1: bpp 0 BINARY, 1 GRAYSCALE, 2 RGB565, 3 Bayer, more the JPEG size.
            files.add(new Stream("1.0").frame1(WIDTH, HEIGHT, 2, pattern(PixelFormat.RGB565, WIDTH, HEIGHT, 20))
                    .save(folder, "v10", List.of(new Dimension(WIDTH, HEIGHT)), PixelFormat.RGB565));
            files.add(new Stream("1.1")
                    .frame1(WIDTH, HEIGHT, 1, pattern(PixelFormat.GRAYSCALE, WIDTH, HEIGHT, 21))
                    .frame1(WIDTH, HEIGHT, 0, pattern(PixelFormat.BINARY, WIDTH, HEIGHT, 22))
                    .frame1(WIDTH, HEIGHT, 3, pattern(PixelFormat.BAYER_BGGR, WIDTH, HEIGHT, 23))
                    .frame1(320, 270, jpeg.length, jpeg)
                    .save(folder, "v11", List.of(new Dimension(WIDTH, HEIGHT), new Dimension(WIDTH, HEIGHT),
                            new Dimension(WIDTH, HEIGHT), new Dimension(320, 270)), PixelFormat.GRAYSCALE));
            files.add(new Stream("2.1").frame2(WIDTH, HEIGHT, PixelFormat.YUV422, pattern(PixelFormat.YUV422, WIDTH, HEIGHT, 24))
                    .save(folder, "v21", List.of(new Dimension(WIDTH, HEIGHT)), PixelFormat.YUV422));
            files.add(new Stream("2.0")
                    .frame2(WIDTH, HEIGHT, PixelFormat.BAYER_GRBG, pattern(PixelFormat.BAYER_GRBG, WIDTH, HEIGHT, 25))
                    .frame2(24, 16, PixelFormat.GRAYSCALE, pattern(PixelFormat.GRAYSCALE, 24, 16, 26))
                    .frame2(33, 17, PixelFormat.RGB565, pattern(PixelFormat.RGB565, 33, 17, 27))
                    .save(folder, "multi", List.of(new Dimension(WIDTH, HEIGHT), new Dimension(24, 16), new Dimension(33, 17)),
                            PixelFormat.BAYER_GRBG));
            files.add(new Stream("2.1")
                    .frame2(WIDTH, HEIGHT, PixelFormat.RGB565, pattern(PixelFormat.RGB565, WIDTH, HEIGHT, 28))
                    .frame2(WIDTH, HEIGHT, PixelFormat.GRAYSCALE, pattern(PixelFormat.GRAYSCALE, WIDTH, HEIGHT, 29))
                    .cut(100)
                    .save(folder, "cut", List.of(new Dimension(WIDTH, HEIGHT)), PixelFormat.RGB565));
            return List.copyOf(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The frame's data: a linear congruential sequence (Numerical Recipes' constants) from seed.
    private static byte[] pattern(PixelFormat format, int width, int height, int seed) {
        byte[] data = new byte[(int) format.dataSize(width, height)];
        int state = seed * 7919 + 1;
        for (int i = 0; i < data.length; i++) {
            state = state * 1664525 + 1013904223;
            data[i] = (byte) (state >>> 24);
        }
        return data;
    }

    // A PNG frame: an RGB picture whose pixels encode their own position.
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                image.setRGB(x, y, x * 6 << 16 | y * 8 << 8 | (x + y) * 3);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ContractFiles.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A stream file's bytes, as StreamBytes lays them out (magic, headers, data padded to 16). */
    private static final class Stream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Stream(String version) {
            bytes.writeBytes(("OMV IMG STR V" + version).getBytes(StandardCharsets.US_ASCII));
        }

        Stream frame2(int width, int height, PixelFormat format, byte[] data) {
            u32(0).u32(width).u32(height).u32(format.code()).u32(format.isCompressed() ? data.length : 0);
            bytes.writeBytes(new byte[12]);
            return data(data);
        }

        Stream frame1(int width, int height, int bpp, byte[] data) {
            u32(0).u32(width).u32(height).u32(bpp);
            return data(data);
        }

        // Drops the last `dropped` bytes: the last chunk stops short, a damaged tail.
        Stream cut(int dropped) {
            byte[] whole = bytes.toByteArray();
            bytes.reset();
            bytes.write(whole, 0, whole.length - dropped);
            return this;
        }

        StreamFile save(Path folder, String name, List<Dimension> sizes, PixelFormat first) throws IOException {
            Path path = folder.resolve(name + ".bin");
            Files.write(path, bytes.toByteArray());
            path.toFile().deleteOnExit();
            return new StreamFile(path, sizes, first);
        }

        private Stream u32(int value) {
            for (int i = 0; i < 4; i++) {
                bytes.write(value >>> (8 * i));
            }
            return this;
        }

        private Stream data(byte[] data) {
            bytes.writeBytes(data);
            while (bytes.size() % 16 != 0) {
                bytes.write(0);
            }
            return this;
        }
    }
}
