package dev.omvio.reliability;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A realistic version 2.0 recording of nine frames in seven formats (no ARGB8: the camera stores
 * no pixels for it), made from real camera
 * images (a camera's own JPEG, sensor frames, test scenes) and laid out byte by byte from
 * FORMAT.md, independently of omvio's writer. It knows where each chunk starts, where its data
 * ends and where its padding ends, so tests can state exact offsets.
 */
public final class CameraRecording {
    private final byte[] bytes;
    private final List<Image> frames;
    private final long[] chunkStarts;
    private final long[] dataEnds;
    private final long[] intervalsMillis;

    private CameraRecording(byte[] bytes, List<Image> frames, long[] chunkStarts, long[] dataEnds, long[] intervalsMillis) {
        this.bytes = bytes;
        this.frames = frames;
        this.chunkStarts = chunkStarts;
        this.dataEnds = dataEnds;
        this.intervalsMillis = intervalsMillis;
    }

    /** Builds the recording (about 56 KB). */
    public static CameraRecording build() {
        Netpbm cat = Netpbm.load("camera/cat.pgm");
        Netpbm csi = Netpbm.load("camera/csi.ppm");
        Netpbm shapes = Netpbm.load("camera/shapes.ppm");
        Netpbm blobs = Netpbm.load("camera/blobs.ppm");
        List<Image> frames = List.of(
                Image.of(64, 48, PixelFormat.GRAYSCALE, grey(cat, 120, 80, 64, 48)),
                Image.of(64, 48, PixelFormat.RGB565, rgb565(csi, 40, 30, 64, 48)),
                Image.of(320, 270, PixelFormat.JPEG, resource("camera/compressed.jpeg")),
                Image.of(64, 48, PixelFormat.BINARY, binary(shapes, 48, 36, 64, 48)),
                Image.of(64, 48, PixelFormat.BAYER_BGGR, bayerBggr(blobs, 48, 36, 64, 48)),
                Image.of(32, 24, PixelFormat.YUV422, yuv422(csi, 64, 48, 32, 24)),
                Image.of(32, 24, PixelFormat.PNG, png(shapes, 64, 48, 32, 24)),
                Image.of(16, 12, PixelFormat.RGB565, rgb565(blobs, 72, 54, 16, 12)),
                Image.of(64, 48, PixelFormat.GRAYSCALE, grey(cat, 0, 0, 64, 48)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("OMV IMG STR V2.0".getBytes(StandardCharsets.US_ASCII));
        long[] starts = new long[frames.size()];
        long[] dataEnds = new long[frames.size()];
        long[] intervals = new long[frames.size()];
        for (int i = 0; i < frames.size(); i++) {
            Image frame = frames.get(i);
            starts[i] = out.size();
            intervals[i] = 33 + i % 2; // a 30 fps camera
            ByteBuffer header = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN)
                    .putInt((int) intervals[i]).putInt(frame.width()).putInt(frame.height())
                    .putInt(frame.format().code()).putInt(frame.dataSize()); // then 12 zero bytes
            out.writeBytes(header.array());
            out.writeBytes(frame.toByteArray());
            dataEnds[i] = out.size();
            out.writeBytes(new byte[(int) (StreamLayout.pad16(out.size()) - out.size())]);
        }
        return new CameraRecording(out.toByteArray(), frames, starts, dataEnds, intervals);
    }

    /** The file's bytes (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The file's length. */
    public int length() {
        return bytes.length;
    }

    /** The frames in order. */
    public List<Image> frames() {
        return frames;
    }

    /** The number of frames. */
    public int count() {
        return frames.size();
    }

    /** File position of chunk {@code i}'s header. */
    public long chunkStart(int i) {
        return chunkStarts[i];
    }

    /** File position just after chunk {@code i}'s data. */
    public long dataEnd(int i) {
        return dataEnds[i];
    }

    /** File position just after chunk {@code i}'s padding. */
    public long chunkEnd(int i) {
        return StreamLayout.pad16(dataEnds[i]);
    }

    /** Frame {@code i}'s interval in microseconds. */
    public long intervalMicros(int i) {
        return intervalsMillis[i] * 1_000;
    }

    /** The frames of a file cut after {@code length} bytes: those whose data ends by then. */
    public int wholeFramesIn(long length) {
        int whole = 0;
        while (whole < count() && dataEnd(whole) <= length) {
            whole++;
        }
        return whole;
    }

    private static byte[] grey(Netpbm image, int x0, int y0, int w, int h) {
        byte[] data = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                data[y * w + x] = (byte) image.grey(x0 + x, y0 + y);
            }
        }
        return data;
    }

    // FORMAT.md section 3: to RGB565 by truncation, stored as a little-endian u16.
    private static byte[] rgb565(Netpbm image, int x0, int y0, int w, int h) {
        ByteBuffer data = ByteBuffer.allocate(w * h * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = image.sample(x0 + x, y0 + y, 0);
                int g = image.sample(x0 + x, y0 + y, 1);
                int b = image.sample(x0 + x, y0 + y, 2);
                data.putShort((short) (((r & 0xF8) << 8) | ((g & 0xFC) << 3) | (b >> 3)));
            }
        }
        return data.array();
    }

    // FORMAT.md: rows of whole little-endian 32-bit words, pixel x is bit x % 32 of word x / 32.
    private static byte[] binary(Netpbm image, int x0, int y0, int w, int h) {
        int rowBytes = (w + 31) / 32 * 4;
        byte[] data = new byte[rowBytes * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (image.grey(x0 + x, y0 + y) > 127) {
                    data[y * rowBytes + (x / 32) * 4 + (x % 32) / 8] |= (byte) (1 << (x % 8));
                }
            }
        }
        return data;
    }

    // BGGR: row 0 = B G B G ..., row 1 = G R G R ...
    private static byte[] bayerBggr(Netpbm image, int x0, int y0, int w, int h) {
        byte[] data = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int channel = y % 2 == 0 ? (x % 2 == 0 ? 2 : 1) : (x % 2 == 0 ? 1 : 0);
                data[y * w + x] = (byte) image.sample(x0 + x, y0 + y, channel);
            }
        }
        return data;
    }

    // Bytes Y0 U Y1 V per pair of pixels; the chroma of the pair's first pixel.
    private static byte[] yuv422(Netpbm image, int x0, int y0, int w, int h) {
        byte[] data = new byte[w * h * 2];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = image.sample(x0 + x, y0 + y, 0);
                int g = image.sample(x0 + x, y0 + y, 1);
                int b = image.sample(x0 + x, y0 + y, 2);
                int at = (y * w + x) * 2;
                data[at] = (byte) ((r * 77 + g * 150 + b * 29) >> 8);
                data[at + 1] = (byte) (x % 2 == 0
                        ? ((-43 * r - 85 * g + 128 * b) >> 8) + 128
                        : ((128 * r - 107 * g - 21 * b) >> 8) + 128);
            }
        }
        return data;
    }

    // An ordinary PNG file, from the JDK's own encoder.
    private static byte[] png(Netpbm image, int x0, int y0, int w, int h) {
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                rgb.setRGB(x, y, image.sample(x0 + x, y0 + y, 0) << 16
                        | image.sample(x0 + x, y0 + y, 1) << 8 | image.sample(x0 + x, y0 + y, 2));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(rgb, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = CameraRecording.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
