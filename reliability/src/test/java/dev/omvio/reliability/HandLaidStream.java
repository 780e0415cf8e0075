package dev.omvio.reliability;

import dev.omvio.image.PixelFormat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A stream file laid out by FORMAT.md, byte by byte, independently of omvio's writer: the magic,
 * then chunks padded to 16 bytes. Every chunk has the interval 40 (ms, or µs in 2.1).
 */
public final class HandLaidStream {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Integer> dataEnds = new ArrayList<>();

    /** A file of {@code version} ("1.0", "1.1", "2.0" or "2.1") with no frames yet. */
    public HandLaidStream(String version) {
        out.writeBytes(("OMV IMG STR V" + version).getBytes(StandardCharsets.US_ASCII));
    }

    /** A 2.x chunk of raw pixels, {@link #pattern} from {@code seed}. */
    public HandLaidStream frame2(int width, int height, PixelFormat format, int seed) {
        return frame2(width, height, format, pattern(format.dataSize(width, height), seed));
    }

    /**
     * A 2.x chunk: interval, width, height, pixel format code, size of {@code data}, 12 zero
     * bytes, then {@code data} (empty for ARGB8: the camera stores no pixels for it).
     */
    public HandLaidStream frame2(int width, int height, PixelFormat format, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN).putInt(40).putInt(width)
                .putInt(height).putInt(format.code()).putInt(data.length).array());
        return data(data);
    }

    /**
     * A 1.x chunk: interval, width, height, bpp (0 BINARY, 1 GRAYSCALE, 2 RGB565, byte-swapped in
     * 1.0, 3 Bayer BGGR, else the size of a JPEG's data), then {@code data}.
     */
    public HandLaidStream frame1(int width, int height, int bpp, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(40).putInt(width)
                .putInt(height).putInt(bpp).array());
        return data(data);
    }

    private HandLaidStream data(byte[] data) {
        out.writeBytes(data);
        dataEnds.add(out.size());
        out.writeBytes(new byte[(16 - out.size() % 16) % 16]);
        return this;
    }

    /** The file so far. */
    public byte[] bytes() {
        return out.toByteArray();
    }

    /** Where each frame's data ends (its padding follows): the frame is whole in a file at least this long. */
    public List<Integer> dataEnds() {
        return List.copyOf(dataEnds);
    }

    /** A linear congruential sequence (Numerical Recipes' constants) from seed: every pixel differs. */
    public static byte[] pattern(long length, int seed) {
        byte[] data = new byte[Math.toIntExact(length)];
        int state = seed * 7919 + 1;
        for (int i = 0; i < data.length; i++) {
            state = state * 1664525 + 1013904223;
            data[i] = (byte) (state >>> 24);
        }
        return data;
    }
}
