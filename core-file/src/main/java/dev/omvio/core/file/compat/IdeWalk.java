package dev.omvio.core.file.compat;

import dev.omvio.core.file.format.StreamVersion;
import dev.omvio.image.PixelFormat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One pass over a file as the OpenMV IDE reads it before playing or converting it: the magic
 * test of {@code handleImageWriterFiles()} and the frame walk of
 * {@code getMaxSizeAndAvgMicrosDelta()} (openmv/qt-creator
 * {@code src/plugins/openmv/tools/videotools.cpp}), with {@code getImageSize()} of
 * {@code src/plugins/openmv/openmvpluginio.cpp}. Its second pass,
 * {@code convertImageWriterFileToMjpegVideoFile()}, moves through the file by the same sizes,
 * so it refuses nothing the first accepts.
 *
 * <p>This is the current IDE, the revision that reads V2.1 and takes intervals in µs. Older
 * revisions (qt-creator f6a39055) refuse V2.1 and also an interval of 0 or over 86400000 ms.
 */
final class IdeWalk {
    private static final String MAGIC_PREFIX = "OMV IMG STR V";
    // videotools.cpp: the IDE's messages.
    private static final String CORRUPT = "File is corrupt!";
    private static final String NO_FRAMES = "No frames found!";
    private static final String UNSUPPORTED = "Unsupported OpenMV ImageWriter File version!";
    // getMaxSizeAndAvgMicrosDelta(): the "Sane limits", M in µs after scaling.
    private static final int MAX_MICROS = 1000 * 1000 * 1000;
    private static final int MAX_DIMENSION = 32767;
    private static final int MAX_BPP = 1024 * 1204 * 1024;
    // videotools.cpp: ms intervals (versions before 2.1) are multiplied by this, in int arithmetic.
    private static final int MICROS_PER_MS = 1000;
    private static final int RESERVED_BYTES = 12;
    // openmvpluginio.h: PIXFORMAT_BPP_BINARY, _GRAY8, _RGB565, which getImageSize() also
    // compares a compressed frame's size field with.
    private static final int BPP_BINARY = 0;
    private static final int BPP_GRAY8 = 1;
    private static final int BPP_RGB565 = 2;

    private final FileBytes file;
    private long position;
    private long frames;
    private boolean cutShort;

    private IdeWalk(FileBytes file) {
        this.file = file;
    }

    static Verdict walk(FileBytes file) throws IOException {
        return new IdeWalk(file).walk();
    }

    private Verdict walk() throws IOException {
        // handleImageWriterFiles(): 16 bytes "OMV IMG STR V" d "." d, else the file is not an
        // ImageWriter file and goes to ffmpeg as a video unchanged.
        if (file.size() < StreamVersion.MAGIC_LENGTH || !hasPrefix() || file.u8(14) != '.'
                || !isDigit(file.u8(13)) || !isDigit(file.u8(15))) {
            return Verdict.refused(OpenMvReader.IDE, 0, new Refusal(-1, 0, "magic",
                    "not an OpenMV ImageWriter file: the IDE hands it to ffmpeg as a video"));
        }
        int version = (file.u8(13) - '0') * 10 + (file.u8(15) - '0');
        if (version != 10 && version != 11 && version != 20 && version != 21) {
            return Verdict.refused(OpenMvReader.IDE, 0, new Refusal(-1, 13, "version",
                    UNSUPPORTED + " (version " + version + ")"));
        }
        boolean newPixformat = version >= 20;
        boolean newTimeFormat = version >= 21;
        position = StreamVersion.MAGIC_LENGTH;
        if (position >= file.size()) {
            return Verdict.refused(OpenMvReader.IDE, 0, new Refusal(0, position, "frames", NO_FRAMES));
        }
        ZeroSizedFrame previous = null;
        while (position < file.size()) {
            long header = position;
            cutShort = false;
            int m = readInt();
            int w = readInt();
            int h = readInt();
            int bpp = readInt();
            // M = newTimeFormat ? M : (M * 1000): a 32-bit int product, which wraps.
            int micros = newTimeFormat ? m : m * MICROS_PER_MS;
            int s = 0;
            Refusal refusal = null;
            if (newPixformat) {
                s = readInt();
                long reservedAt = position;
                if (skip(RESERVED_BYTES) != RESERVED_BYTES) {
                    refusal = corrupt(reservedAt, "reserved", "the header ends in the 12 bytes after the size");
                }
            }
            if (refusal == null) {
                refusal = checkLimits(header, m, micros, w, h, bpp, newPixformat, newTimeFormat);
            }
            int imageSize = -1;
            if (refusal == null) {
                imageSize = imageSize(w, h, newPixformat ? s : bpp, newPixformat, bpp);
                // ((getImageSize() + 15) / 16) * 16 in int; QDataStream::skipRawData() answers -1
                // for a negative length, and fewer bytes than asked for at the end of the file.
                int size = ((imageSize + 15) / 16) * 16;
                long dataAt = position;
                if (skip(size) != size) {
                    refusal = corrupt(dataAt, "data", size < 0
                            ? "the data size " + Integer.toUnsignedLong(imageSize) + " is negative as an int"
                            : "the data and padding need " + size + " bytes, the file has " + file.remaining(dataAt) + " left");
                }
            }
            if (refusal != null) {
                Refusal blamed = previous == null ? refusal : previous.blame(refusal);
                return Verdict.refused(OpenMvReader.IDE, Math.min(frames, blamed.frame()), blamed);
            }
            // Only 2.x frames of ARGB8 or an unknown code come out at 0 bytes (w and h are >= 1).
            previous = imageSize == 0 ? zeroSized(header, bpp) : null;
            frames++;
        }
        return Verdict.accepted(OpenMvReader.IDE, frames);
    }

    // The condition of the "Sane limits" test, one field at a time in its order.
    private Refusal checkLimits(long header, int m, int micros, int w, int h, int bpp,
                                boolean newPixformat, boolean newTimeFormat) {
        if (micros < 0 || micros > MAX_MICROS) {
            String interval = newTimeFormat ? "interval " + Integer.toUnsignedLong(m) + " µs"
                    : "interval " + Integer.toUnsignedLong(m) + " ms, " + micros + " µs in the IDE's 32-bit arithmetic";
            return corrupt(header, "interval", interval + ", outside 0.." + MAX_MICROS + " µs");
        }
        if (w <= 0 || w > MAX_DIMENSION) {
            return corrupt(header + 4, "width", "width " + Integer.toUnsignedLong(w) + ", outside 1.." + MAX_DIMENSION);
        }
        if (h <= 0 || h > MAX_DIMENSION) {
            return corrupt(header + 8, "height", "height " + Integer.toUnsignedLong(h) + ", outside 1.." + MAX_DIMENSION);
        }
        if (bpp < 0 || bpp > MAX_BPP) {
            return corrupt(header + 12, newPixformat ? "pixformat" : "bpp", String.format(
                    "%s 0x%08X, outside 0..%d", newPixformat ? "pixformat" : "bpp", bpp, MAX_BPP));
        }
        return null;
    }

    private Refusal corrupt(long offset, String field, String why) {
        // QDataStream reads 0 for a field past the end: such a field is placed at the end.
        return new Refusal(frames, Math.min(offset, file.size()), field, CORRUPT + " (" + why
                + (cutShort ? "; the header is cut short by the end of the file, and QDataStream reads 0 past it" : "") + ")");
    }

    // openmvpluginio.cpp getImageSize(): int arithmetic (no product of the allowed w and h
    // overflows); 2.x formats it does not list (ARGB8, unknown codes) are 0 bytes.
    private static int imageSize(int w, int h, int bpp, boolean newPixformat, int pixformat) {
        if (!newPixformat) {
            // openmvpluginio.h: OLD_IS_JPG (bpp > 3), OLD_IS_BAYER (3), OLD_IS_RGB (2), OLD_IS_GS (1), OLD_IS_BINARY (0).
            if (bpp > 3) {
                return bpp;
            }
            if (bpp == 3) {
                return w * h;
            }
            if (bpp == 2 || bpp == 1) {
                return w * h * bpp;
            }
            return bpp == 0 ? ((w + 31) / 32) * 4 * h : 0;
        }
        Optional<PixelFormat> format = PixelFormat.ofCode(pixformat);
        if (format.isEmpty()) {
            return 0;
        }
        return switch (format.get()) {
            case BINARY -> ((w + 31) / 32) * 4 * h;
            case GRAYSCALE, BAYER_BGGR, BAYER_GBRG, BAYER_GRBG, BAYER_RGGB -> w * h;
            case RGB565, YUV422, YVU422 -> w * h * 2;
            // PIXFORMAT_COMPRESSED_ANY: a size field equal to a PIXFORMAT_BPP_* value is taken
            // as that uncompressed layout's size (the frame buffer protocol's convention).
            case JPEG, PNG -> switch (bpp) {
                case BPP_BINARY -> ((w + 31) / 32) * 4 * h;
                case BPP_GRAY8 -> w * h;
                case BPP_RGB565 -> w * h * 2;
                default -> bpp;
            };
            case ARGB8 -> 0;
        };
    }

    private ZeroSizedFrame zeroSized(long header, int code) {
        String name = PixelFormat.ofCode(code).map(format -> "is " + format).orElse("has the unknown pixformat code");
        return new ZeroSizedFrame(frames, header + 12, code, String.format(
                "frame %d %s (0x%08X), for which getImageSize() in openmvpluginio.cpp returns 0: the IDE"
                        + " reads none of its data", frames, name, code));
    }

    // QDataStream >> int: 4 little-endian bytes, or 0 (and the stream at its end) when fewer remain.
    private int readInt() throws IOException {
        if (file.remaining(position) < Integer.BYTES) {
            position = file.size();
            cutShort = true;
            return 0;
        }
        int value = file.int32(position);
        position += Integer.BYTES;
        return value;
    }

    // QDataStream::skipRawData(): -1 for a negative length, else the bytes skipped, fewer at the end.
    private int skip(int length) {
        if (length < 0) {
            return -1;
        }
        int skipped = (int) Math.min(length, file.remaining(position));
        position += skipped;
        return skipped;
    }

    private boolean hasPrefix() throws IOException {
        byte[] prefix = MAGIC_PREFIX.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < prefix.length; i++) {
            if (file.u8(i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }
}
