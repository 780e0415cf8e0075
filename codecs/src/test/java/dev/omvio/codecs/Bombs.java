package dev.omvio.codecs;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Decompression bombs built byte by byte: picture files whose headers declare far more pixels
 * than a small heap holds, padded so that their data could encode that many pixels.
 */
public final class Bombs {
    /** 1 MiB: at the baseline JPEG bound of 256 pixels per byte, exactly enough for 16384 x 16384. */
    public static final int JPEG_SIZE = 1 << 20;
    /** 33 KB: at the PNG bound of 8 * 1032 pixels per byte, enough for 16384 x 16384 (32 516 bytes). */
    public static final int PNG_SIZE = 33_000;

    private Bombs() {
    }

    /**
     * A baseline colour JPEG of {@code size} bytes whose SOF0 declares {@code width} x
     * {@code height}: SOI; DQT 0 of 64 ones; SOF0 (8-bit, components 1, 2, 3, each sampled 1x1
     * with table 0); a DC and an AC Huffman table, each a single 1-bit code for symbol 0 (DC
     * difference 0; end of block); SOS; zero bytes (2-bit blocks: DC difference 0, EOB); EOI.
     */
    public static byte[] jpeg(int width, int height, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        bytes(out, 0xFF, 0xD8);
        bytes(out, 0xFF, 0xDB, 0x00, 0x43, 0x00);
        for (int i = 0; i < 64; i++) {
            out.write(1);
        }
        bytes(out, 0xFF, 0xC0, 0x00, 0x11, 0x08, height >> 8, height & 0xFF, width >> 8, width & 0xFF, 0x03);
        for (int component = 1; component <= 3; component++) {
            bytes(out, component, 0x11, 0x00);
        }
        for (int tableClass : new int[] {0x00, 0x10}) {
            // length 2 + 1 + 16 + 1 = 20; one code of length 1; its symbol 0
            bytes(out, 0xFF, 0xC4, 0x00, 0x14, tableClass, 1);
            out.writeBytes(new byte[15]);
            out.write(0);
        }
        bytes(out, 0xFF, 0xDA, 0x00, 0x0C, 0x03, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x00, 0x3F, 0x00);
        out.writeBytes(new byte[size - out.size() - 2]);
        bytes(out, 0xFF, 0xD9);
        return out.toByteArray();
    }

    /**
     * A PNG of {@code size} bytes whose IHDR declares {@code width} x {@code height} 8-bit RGBA
     * pixels (colour type 6): signature, IHDR, one IDAT of zero bytes, IEND, each chunk with its CRC.
     */
    public static byte[] png(int width, int height, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        bytes(out, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 6, 0, 0, 0}).array());
        int chunks = 8 + 25 + 12 + 12; // signature, IHDR, IDAT's and IEND's length, type and CRC
        chunk(out, "IDAT", new byte[size - chunks]);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static void bytes(ByteArrayOutputStream out, int... values) {
        for (int value : values) {
            out.write(value);
        }
    }
}
