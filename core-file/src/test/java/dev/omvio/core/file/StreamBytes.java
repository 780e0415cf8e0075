package dev.omvio.core.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds stream files byte by byte, by hand from FORMAT.md, independently of the engine's
 * writer: the golden files of the tests. It remembers where each chunk starts, where its data
 * ends and where its padding ends, so tests can state exact offsets.
 */
final class StreamBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<long[]> chunks = new ArrayList<>();

    private StreamBytes() {
    }

    /** A file starting with the 16 ASCII bytes "OMV IMG STR " + {@code version}, e.g. "V2.0". */
    static StreamBytes magic(String version) {
        StreamBytes bytes = new StreamBytes();
        bytes.ascii("OMV IMG STR " + version);
        return bytes;
    }

    /** Raw bytes with no magic. */
    static StreamBytes raw() {
        return new StreamBytes();
    }

    StreamBytes ascii(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    /** Each value as a little-endian u32. */
    StreamBytes u32(long... values) {
        for (long value : values) {
            out.write((int) value & 0xFF);
            out.write((int) (value >>> 8) & 0xFF);
            out.write((int) (value >>> 16) & 0xFF);
            out.write((int) (value >>> 24) & 0xFF);
        }
        return this;
    }

    StreamBytes bytes(int... values) {
        for (int value : values) {
            out.write(value);
        }
        return this;
    }

    StreamBytes bytes(byte[] values) {
        out.writeBytes(values);
        return this;
    }

    StreamBytes zeros(int count) {
        return bytes(new byte[count]);
    }

    /** A version 1 chunk: 16-byte header, data, Pad16. */
    StreamBytes v1Frame(long intervalMs, long width, long height, long bpp, byte[] data) {
        long start = size();
        u32(intervalMs, width, height, bpp);
        return dataAndPadding(start, data);
    }

    /** A version 2 chunk: 32-byte header (with 12 zero bytes), data, Pad16. */
    StreamBytes v2Frame(long interval, long width, long height, long pixformat, long sizeField, byte[] data) {
        long start = size();
        u32(interval, width, height, pixformat, sizeField).zeros(12);
        return dataAndPadding(start, data);
    }

    private StreamBytes dataAndPadding(long start, byte[] data) {
        bytes(data);
        long dataEnd = size();
        pad16();
        chunks.add(new long[] {start, dataEnd, size()});
        return this;
    }

    /** Zero bytes up to the next multiple of 16. */
    StreamBytes pad16() {
        while (out.size() % 16 != 0) {
            out.write(0);
        }
        return this;
    }

    int size() {
        return out.size();
    }

    /** File position of chunk {@code i}'s header. */
    long chunkStart(int i) {
        return chunks.get(i)[0];
    }

    /** File position just after chunk {@code i}'s data. */
    long dataEnd(int i) {
        return chunks.get(i)[1];
    }

    /** File position just after chunk {@code i}'s padding. */
    long chunkEnd(int i) {
        return chunks.get(i)[2];
    }

    int chunkCount() {
        return chunks.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    Path writeTo(Path path) throws IOException {
        return Files.write(path, toByteArray());
    }

    /** Bytes from a hex string such as "4F 4D 56", spaces and line breaks ignored. */
    static byte[] hex(String text) {
        String digits = text.replaceAll("\\s+", "");
        byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    /** Bytes first, first + 1, ... (wrapping at 256). */
    static byte[] sequence(int first, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (first + i);
        }
        return bytes;
    }
}
