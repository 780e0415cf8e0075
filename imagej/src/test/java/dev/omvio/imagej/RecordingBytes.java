package dev.omvio.imagej;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds recordings byte by byte from FORMAT.md, independently of the engine's writer: the
 * version 1.0, 1.1 and 2.1 files (the engine writes only 2.0) and damaged files.
 */
final class RecordingBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private RecordingBytes() {
    }

    /** A file starting with the 16 ASCII bytes "OMV IMG STR " + {@code version}, e.g. "V2.1". */
    static RecordingBytes magic(String version) {
        RecordingBytes bytes = new RecordingBytes();
        bytes.out.writeBytes(("OMV IMG STR " + version).getBytes(StandardCharsets.US_ASCII));
        return bytes;
    }

    /** Each value as a little-endian u32. */
    RecordingBytes u32(long... values) {
        for (long value : values) {
            for (int shift = 0; shift < 32; shift += 8) {
                out.write((int) (value >>> shift) & 0xFF);
            }
        }
        return this;
    }

    RecordingBytes bytes(int... values) {
        for (int value : values) {
            out.write(value);
        }
        return this;
    }

    /** A version 1 chunk: 16-byte header (interval ms, width, height, bpp), data, zeros to a multiple of 16. */
    RecordingBytes v1Frame(long intervalMs, int width, int height, int bpp, int... data) {
        return u32(intervalMs, width, height, bpp).bytes(data).pad16();
    }

    /** A version 2 chunk: 32-byte header (interval, width, height, format code, size, 12 zeros), data, padding. */
    RecordingBytes v2Frame(long interval, int width, int height, int code, int... data) {
        return u32(interval, width, height, code, data.length, 0, 0, 0).bytes(data).pad16();
    }

    RecordingBytes pad16() {
        while (out.size() % 16 != 0) {
            out.write(0);
        }
        return this;
    }

    Path writeTo(Path path) throws IOException {
        return Files.write(path, out.toByteArray());
    }
}
