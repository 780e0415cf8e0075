package dev.omvio.core.file.compat;

import dev.omvio.core.file.format.Pad16;
import dev.omvio.core.file.format.StreamVersion;
import dev.omvio.image.PixelFormat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One pass over a file as the camera firmware reads it: {@code ImageIO(path, "r")}, then
 * {@code read()} until the end of the file (openmv/openmv {@code modules/py_imageio.c}).
 */
final class FirmwareWalk {
    // py_imageio.c: ORIGINAL_VER, RGB565_FIXED_VER, NEW_PIXFORMAT_VER, the only versions it opens.
    private static final int ORIGINAL_VER = 10;
    private static final int RGB565_FIXED_VER = 11;
    private static final int NEW_PIXFORMAT_VER = 20;
    // py_imageio.c: OLD_JPG_BPP; 1.x bpp values below it are BINARY, GRAYSCALE, RGB565, BAYER.
    private static final long OLD_JPG_BPP = 4;
    private static final PixelFormat[] OLD_BPP_FORMATS = {
        PixelFormat.BINARY, PixelFormat.GRAYSCALE, PixelFormat.RGB565, PixelFormat.BAYER_BGGR,
    };
    // py_imageio.c: AFTER_SIZE_PADDING, the bytes after a 2.x size field.
    private static final int AFTER_SIZE_PADDING = 12;
    // file_utils.c: ff_read_fail() and ff_expect_fail(), raised by file_read() and file_read_check().
    private static final String READ_FAIL = "Failed to read requested bytes!";
    private static final String EXPECT_FAIL = "Unexpected value read!";
    private static final byte[] MAGIC_PREFIX = "OMV IMG STR ".getBytes(StandardCharsets.US_ASCII);

    private final FileBytes file;
    private long position;
    private long frames;

    private FirmwareWalk(FileBytes file) {
        this.file = file;
    }

    static Verdict walk(FileBytes file) throws IOException {
        return new FirmwareWalk(file).walk();
    }

    private Verdict walk() throws IOException {
        Optional<Refusal> magic = checkMagic();
        if (magic.isPresent()) {
            return Verdict.refused(OpenMvReader.FIRMWARE, 0, magic.get());
        }
        int version = version();
        // py_imageio_make_new(), mode 'r': anything but 1.0, 1.1 and 2.0 is refused.
        if (version != ORIGINAL_VER && version != RGB565_FIXED_VER && version != NEW_PIXFORMAT_VER) {
            return Verdict.refused(OpenMvReader.FIRMWARE, 0, new Refusal(-1, 13, "version",
                    "Expected version V1.0, V1.1, or V2.0 (the magic says version " + version + ")"));
        }
        position = StreamVersion.MAGIC_LENGTH;
        ZeroSizedFrame previous = null;
        // py_imageio_read(): at the end of the file one pass is over (it loops or returns None);
        // an empty file opens and reads no frame.
        while (position < file.size()) {
            ChunkResult chunk = readChunk(version);
            if (chunk.refusal != null) {
                Refusal refusal = previous == null ? chunk.refusal : previous.blame(chunk.refusal);
                return Verdict.refused(OpenMvReader.FIRMWARE, Math.min(frames, refusal.frame()), refusal);
            }
            previous = chunk.zeroSized;
            frames++;
        }
        return Verdict.accepted(OpenMvReader.FIRMWARE, frames);
    }

    // py_imageio_make_new(), mode 'r': file_read_check(fp, "OMV IMG STR ", 12),
    // file_read_check(fp, "V", 1), file_read() of the major digit, file_read_check(fp, ".", 1),
    // file_read() of the minor digit. file_read() raises on a short read, file_read_check() on
    // other bytes.
    private Optional<Refusal> checkMagic() throws IOException {
        if (file.size() < MAGIC_PREFIX.length) {
            return Optional.of(magicCut(0, "magic"));
        }
        for (int i = 0; i < MAGIC_PREFIX.length; i++) {
            if (file.u8(i) != MAGIC_PREFIX[i]) {
                return Optional.of(new Refusal(-1, 0, "magic", EXPECT_FAIL + " (not \"OMV IMG STR \")"));
            }
        }
        for (int at = MAGIC_PREFIX.length; at < StreamVersion.MAGIC_LENGTH; at++) {
            String field = at == MAGIC_PREFIX.length ? "magic" : "version";
            if (file.size() <= at) {
                return Optional.of(magicCut(at, field));
            }
            char expected = at == MAGIC_PREFIX.length ? 'V' : at == MAGIC_PREFIX.length + 2 ? '.' : 0;
            if (expected != 0 && file.u8(at) != expected) {
                return Optional.of(new Refusal(-1, at, field, EXPECT_FAIL + " (expected '" + expected
                        + "' at offset " + at + ")"));
            }
        }
        return Optional.empty();
    }

    private Refusal magicCut(long at, String field) {
        return new Refusal(-1, at, field, READ_FAIL + " (the file has " + file.size() + " bytes, the magic 16)");
    }

    // py_imageio_make_new(): ((version_hi - '0') * 10) + (version_lo - '0') on the raw bytes,
    // with no check that they are digits.
    private int version() throws IOException {
        return (file.u8(13) - '0') * 10 + (file.u8(15) - '0');
    }

    private record ChunkResult(Refusal refusal, ZeroSizedFrame zeroSized) {
    }

    // int_py_imageio_read_chunk(), then the data and padding reads of py_imageio_read().
    private ChunkResult readChunk(int version) throws IOException {
        long header = position;
        boolean old = version < NEW_PIXFORMAT_VER;
        // int_py_imageio_pause() reads the interval, which the firmware never checks; then w, h
        // and bpp (1.x) or pixformat (2.x), each with file_read().
        String[] fields = {"interval", "width", "height", old ? "bpp" : "pixformat"};
        int[] values = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Refusal cut = shortRead(Integer.BYTES, fields[i]);
            if (cut != null) {
                return new ChunkResult(cut, null);
            }
            values[i] = file.int32(position);
            position += Integer.BYTES;
        }
        int width = values[1];
        int height = values[2];
        long formatField = Integer.toUnsignedLong(values[3]);
        PixelFormat format;
        long sizeField = 0;
        if (old) {
            if (formatField >= OLD_JPG_BPP) {
                // The bpp >= OLD_JPG_BPP branch sets PIXFORMAT_JPEG and nothing else: image.size
                // stays 0 (image_t image = {0} in py_imageio_read()), so image_size() is 0.
                return new ChunkResult(new Refusal(frames, header + 12, "bpp", "a V1.x JPEG frame (bpp " + formatField
                        + "): int_py_imageio_read_chunk() never copies bpp into the image size, so image_size()"
                        + " is 0 and the camera reads none of its " + formatField + " bytes of JPEG data"), null);
            }
            format = OLD_BPP_FORMATS[(int) formatField];
        } else {
            // IMLIB_PIXFORMAT_IS_VALID(): exactly the twelve codes of PixelFormat.
            Optional<PixelFormat> known = PixelFormat.ofCode(values[3]);
            if (known.isEmpty()) {
                return new ChunkResult(new Refusal(frames, header + 12, "pixformat", String.format(
                        "Invalid image stream pixformat (0x%08X)", formatField)), null);
            }
            format = known.get();
            Refusal cut = shortRead(Integer.BYTES, "size");
            if (cut != null) {
                return new ChunkResult(cut, null);
            }
            sizeField = Integer.toUnsignedLong(file.int32(position));
            position += Integer.BYTES;
            cut = shortRead(AFTER_SIZE_PADDING, "reserved");
            if (cut != null) {
                return new ChunkResult(cut, null);
            }
            position += AFTER_SIZE_PADDING;
        }
        long dataSize = imageSize(format, width, height, sizeField);
        // py_imageio_read(): file_read(fp, image.data, size), then the ALIGN_SIZE padding.
        Refusal cut = shortRead(dataSize, "data");
        if (cut != null) {
            return new ChunkResult(cut, null);
        }
        position += dataSize;
        cut = shortRead(Pad16.length(dataSize), "padding");
        if (cut != null) {
            return new ChunkResult(cut, null);
        }
        position += Pad16.length(dataSize);
        ZeroSizedFrame zeroSized = dataSize == 0 && format == PixelFormat.ARGB8 && width != 0 && height != 0
                ? new ZeroSizedFrame(frames, header + 12, values[3], String.format("frame %d is ARGB8 (%dx%d), for"
                + " which image_size() in imlib.c returns 0: the camera reads none of its data", frames,
                Integer.toUnsignedLong(width), Integer.toUnsignedLong(height)))
                : null;
        return new ChunkResult(null, zeroSized);
    }

    // lib/imlib/imlib.c image_size(): 32-bit size_t arithmetic on the camera, so products wrap;
    // int products in Java have the same low 32 bits. Every format it does not list (ARGB8) is 0.
    private static long imageSize(PixelFormat format, int width, int height, long sizeField) {
        int size = switch (format) {
            // IMAGE_BINARY_LINE_LEN_BYTES: ((w + 31) >> 5) words of 4 bytes per row.
            case BINARY -> ((width + 31) >> 5) * 4 * height;
            case GRAYSCALE, BAYER_BGGR, BAYER_GBRG, BAYER_GRBG, BAYER_RGGB -> width * height;
            case RGB565, YUV422, YVU422 -> width * 2 * height;
            case JPEG, PNG -> (int) sizeField;
            case ARGB8 -> 0;
        };
        return Integer.toUnsignedLong(size);
    }

    // file_read() raises ff_read_fail() when fewer bytes than asked for remain.
    private Refusal shortRead(long wanted, String field) {
        long remaining = file.remaining(position);
        if (remaining >= wanted) {
            return null;
        }
        return new Refusal(frames, position, field, READ_FAIL + " (the " + field + " needs " + wanted
                + " bytes, the file has " + remaining + " left)");
    }
}
