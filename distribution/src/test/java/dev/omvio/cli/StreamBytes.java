package dev.omvio.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds stream files byte by byte, as FORMAT.md lays them out, for golden test files. */
final class StreamBytes {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    /** A file that starts with the 16-byte magic of the given version, e.g. "V1.0". */
    static StreamBytes magic(String version) {
        StreamBytes file = new StreamBytes();
        file.bytes.writeBytes(("OMV IMG STR " + version).getBytes(StandardCharsets.US_ASCII));
        return file;
    }

    /** Little-endian 32-bit words. */
    StreamBytes u32(long... words) {
        for (long word : words) {
            for (int shift = 0; shift < 32; shift += 8) {
                bytes.write((int) (word >>> shift) & 0xFF);
            }
        }
        return this;
    }

    StreamBytes data(int... values) {
        for (int value : values) {
            bytes.write(value);
        }
        return this;
    }

    StreamBytes zeros(int count) {
        bytes.writeBytes(new byte[count]);
        return this;
    }

    /**
     * One version 2.x frame chunk: the 32-byte header (interval, width, height, pixformat code,
     * size, 12 zero bytes), the data, then zeros up to a multiple of 16 (Pad16).
     */
    StreamBytes frame2x(long interval, int width, int height, long code, byte[] data) {
        u32(interval, width, height, code, data.length).zeros(12);
        bytes.writeBytes(data);
        return zeros((16 - data.length % 16) % 16);
    }

    int length() {
        return bytes.size();
    }

    Path writeTo(Path file) throws IOException {
        return Files.write(file, bytes.toByteArray());
    }
}
