package dev.omvio.cli;

import dev.omvio.cli.media.MjpegAviWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Decompression bombs built byte by byte: pictures, a stream and an AVI whose headers declare
 * 16384 x 16384 pixels (a gigabyte as ARGB), padded where a codec checks that the data could
 * encode that many pixels. And an AVI of lists nested 60,000 deep.
 */
final class Bombs {
    static final int SIDE = 16384;
    /** 1 MiB: at the baseline JPEG bound of 256 pixels per byte, exactly enough for 16384 x 16384. */
    static final int JPEG_SIZE = 1 << 20;
    /** At the PNG bound of 8 * 1032 pixels per byte, enough for 16384 x 16384 (32 516 bytes). */
    static final int PNG_SIZE = 33_000;
    private static final long JPEG_CODE = 0x06060000L;

    private Bombs() {
    }

    /**
     * A baseline colour JPEG of {@code size} bytes whose SOF0 declares {@code width} x
     * {@code height}: SOI; DQT 0 of 64 ones; SOF0 (8-bit, components 1, 2, 3, each sampled 1x1
     * with table 0); a DC and an AC Huffman table, each a single 1-bit code for symbol 0; SOS; zero
     * bytes (2-bit blocks: DC difference 0, end of block); EOI.
     */
    static byte[] jpeg(int width, int height, int size) {
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
            bytes(out, 0xFF, 0xC4, 0x00, 0x14, tableClass, 1); // length 20; one code of length 1
            out.writeBytes(new byte[15]);
            out.write(0); // its symbol
        }
        bytes(out, 0xFF, 0xDA, 0x00, 0x0C, 0x03, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x00, 0x3F, 0x00);
        out.writeBytes(new byte[size - out.size() - 2]);
        bytes(out, 0xFF, 0xD9);
        return out.toByteArray();
    }

    /** The 1 MiB JPEG declaring 16384 x 16384. */
    static byte[] jpeg() {
        return jpeg(SIDE, SIDE, JPEG_SIZE);
    }

    /**
     * A PNG whose IHDR declares 16384 x 16384 8-bit RGBA pixels (colour type 6): signature,
     * IHDR, one IDAT of zero bytes, IEND, each chunk with its CRC.
     */
    static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(PNG_SIZE);
        bytes(out, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(SIDE).putInt(SIDE).put(new byte[] {8, 6, 0, 0, 0}).array());
        chunk(out, "IDAT", new byte[PNG_SIZE - 8 - 25 - 12 - 12]);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * A BMP whose header declares 16384 x 16384 24-bit pixels, and 64 bytes of them:
     * BITMAPFILEHEADER ("BM", the file size those pixels would make, 0, pixel offset 54),
     * BITMAPINFOHEADER (size 40, width, height, 1 plane, 24 bits, BI_RGB, image size, 2835
     * pixels per metre twice, 0 colours twice).
     */
    static byte[] bmp() {
        ByteBuffer bmp = ByteBuffer.allocate(54 + 64).order(ByteOrder.LITTLE_ENDIAN);
        bmp.put((byte) 'B').put((byte) 'M').putInt(54 + SIDE * SIDE * 3).putInt(0).putInt(54);
        bmp.putInt(40).putInt(SIDE).putInt(SIDE).putShort((short) 1).putShort((short) 24).putInt(0)
                .putInt(SIDE * SIDE * 3).putInt(2835).putInt(2835).putInt(0).putInt(0);
        return bmp.array();
    }

    /**
     * A little-endian TIFF whose one image declares 16384 x 16384 8-bit grey pixels in one
     * uncompressed strip, and 64 bytes of them: header ("II", 42, first IFD at 8), an IFD of 9
     * entries of 12 bytes (tag, type 3 SHORT or 4 LONG, count 1, value) in tag order: width,
     * length, bits per sample 8, compression 1, photometric 1 (black is zero), strip offset,
     * samples per pixel 1, rows per strip, strip byte count; no next IFD.
     */
    static byte[] tiff() {
        int entries = 9;
        int pixels = 8 + 2 + entries * 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(pixels + 64).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) entries);
        int[][] ifd = {{256, 4, SIDE}, {257, 4, SIDE}, {258, 3, 8}, {259, 3, 1}, {262, 3, 1}, {273, 4, pixels},
            {277, 3, 1}, {278, 4, SIDE}, {279, 4, SIDE * SIDE}};
        for (int[] entry : ifd) {
            tiff.putShort((short) entry[0]).putShort((short) entry[1]).putInt(1);
            if (entry[1] == 3) {
                tiff.putShort((short) entry[2]).putShort((short) 0); // a SHORT sits in the value's first half
            } else {
                tiff.putInt(entry[2]);
            }
        }
        tiff.putInt(0);
        return tiff.array();
    }

    /**
     * A Truevision TGA whose header declares 16384 x 16384 uncompressed 24-bit pixels, and 64
     * bytes of them: 18 bytes (no ID, no colour map, image type 2, colour map fields 0, origin
     * 0,0, width, height, 24 bits, descriptor 0x20: top row first).
     */
    static byte[] tga() {
        ByteBuffer tga = ByteBuffer.allocate(18 + 64).order(ByteOrder.LITTLE_ENDIAN);
        tga.put((byte) 0).put((byte) 0).put((byte) 2).put(new byte[5]).putShort((short) 0).putShort((short) 0);
        tga.putShort((short) SIDE).putShort((short) SIDE).put((byte) 24).put((byte) 0x20);
        return tga.array();
    }

    /** A version 2.1 stream of one JPEG frame: {@code jpeg}, declared {@code width} x {@code height}. */
    static Path stream(Path file, int width, int height, byte[] jpeg) throws IOException {
        return StreamBytes.magic("V2.1").frame2x(0, width, height, JPEG_CODE, jpeg).writeTo(file);
    }

    /** A Motion-JPEG AVI declaring {@code width} x {@code height} whose one picture's SOF declares 16384 x 16384. */
    static Path avi(Path file, int width, int height) throws IOException {
        try (MjpegAviWriter writer = new MjpegAviWriter(file, width, height, 100_000)) {
            writer.write(ByteBuffer.wrap(jpeg()), 0);
        }
        return file;
    }

    /**
     * A RIFF AVI of {@code depth} LIST chunks, each holding the next and nothing else: 12 bytes
     * of RIFF header, then at offset 12 + 12k the k-th list's "LIST", size (what follows its
     * size field, to the end of the file) and type "nest".
     */
    static byte[] nestedAvi(int depth) {
        ByteBuffer avi = ByteBuffer.allocate(12 + 12 * depth).order(ByteOrder.LITTLE_ENDIAN);
        avi.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(avi.capacity() - 8)
                .put("AVI ".getBytes(StandardCharsets.US_ASCII));
        while (avi.hasRemaining()) {
            avi.put("LIST".getBytes(StandardCharsets.US_ASCII)).putInt(avi.capacity() - avi.position() - 4)
                    .put("nest".getBytes(StandardCharsets.US_ASCII));
        }
        return avi.array();
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
