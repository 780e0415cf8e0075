package dev.omvio.spark;

import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Small stream files for the tests: versions 2.0 and 2.1 written by the file engine, versions
 * 1.0 and 1.1 (which the engine reads but never writes) laid out by hand from FORMAT.md.
 */
final class Recordings {
    /** Every pixel format the engine writes (all but ARGB8, of which the camera stores no pixels). */
    static final List<PixelFormat> WRITTEN = Arrays.stream(PixelFormat.values()).filter(f -> f != PixelFormat.ARGB8).toList();
    /** The formats a version 1 header can name: bytes per pixel 0..3, JPEG by its size. */
    static final List<PixelFormat> VERSION_1 = List.of(PixelFormat.BINARY, PixelFormat.GRAYSCALE, PixelFormat.RGB565,
            PixelFormat.BAYER_BGGR, PixelFormat.JPEG);

    private Recordings() {
    }

    /** A frame of {@code format}, {@code width} x {@code height}, whose bytes or picture depend on {@code seed}. */
    static Image frame(PixelFormat format, int width, int height, int seed) {
        if (format.isCompressed()) {
            BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Random random = new Random(seed);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    picture.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            return PixelCodecs.encode(picture, format);
        }
        byte[] data = new byte[(int) format.dataSize(width, height)];
        new Random(seed).nextBytes(data);
        return Image.of(width, height, format, data);
    }

    /** Writes {@code frames} with the engine, as a new 2.0 file, or appended to a 2.1 magic if {@code micros}. */
    static Path write(Path file, boolean micros, List<Image> frames, long[] intervalsMicros) throws IOException {
        String mode = "w";
        if (micros) {
            Files.write(file, "OMV IMG STR V2.1".getBytes(StandardCharsets.US_ASCII));
            mode = "a";
        }
        try (ImageStream out = ImageStreams.open(file, mode)) {
            for (int i = 0; i < frames.size(); i++) {
                out.write(frames.get(i), intervalsMicros[i]);
            }
        }
        return file;
    }

    /**
     * A version 1 file ({@code "1.0"} or {@code "1.1"}) by hand: the magic, then per frame the
     * 16-byte header of little-endian u32s interval (ms), width, height and bytes per pixel
     * (0 BINARY, 1 GRAYSCALE, 2 RGB565, 3 Bayer; a JPEG's byte count), the data and zeros to the
     * next multiple of 16.
     */
    static Path writeVersion1(Path file, String version, List<Image> frames, long[] intervalsMillis) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("OMV IMG STR V" + version).getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < frames.size(); i++) {
            Image frame = frames.get(i);
            long bpp = frame.format() == PixelFormat.JPEG ? frame.dataSize() : VERSION_1.indexOf(frame.format());
            for (long value : new long[] {intervalsMillis[i], frame.width(), frame.height(), bpp}) {
                for (int shift = 0; shift < 32; shift += 8) {
                    out.write((int) (value >>> shift) & 0xFF);
                }
            }
            out.writeBytes(frame.toByteArray());
            while (out.size() % 16 != 0) {
                out.write(0);
            }
        }
        return Files.write(file, out.toByteArray());
    }

    /**
     * A version 2.0 file by hand whose frames are GRAYSCALE 4x2, an ARGB8 4x2 frame as the camera
     * writes it (the 32-byte header alone: code 0x0C080004, size field 0, no data, no padding),
     * then GRAYSCALE 4x2 again.
     */
    static Path writeWithArgb8(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("OMV IMG STR V2.0".getBytes(StandardCharsets.US_ASCII));
        long[][] headers = {{10, 4, 2, 0x08020001L, 0}, {10, 4, 2, 0x0C080004L, 0}, {10, 4, 2, 0x08020001L, 0}};
        for (long[] header : headers) {
            for (long value : header) {
                for (int shift = 0; shift < 32; shift += 8) {
                    out.write((int) (value >>> shift) & 0xFF);
                }
            }
            out.writeBytes(new byte[12]);
            if (header[3] == 0x08020001L) {
                out.writeBytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}); // 8 data bytes, then 8 of padding
                out.writeBytes(new byte[8]);
            }
        }
        return Files.write(file, out.toByteArray());
    }
}
