package dev.omvio.core.file;

import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static dev.omvio.core.file.StreamBytes.sequence;

/**
 * A version 2.0 file built byte by byte from FORMAT.md, and its frames worked out by hand, for the
 * tests that read it whole ({@link GoldenReadTest}) and in runs ({@link FrameRunReaderTest}).
 */
final class GoldenVersion2File {
    // 32-byte headers; offsets by hand:
    //  16: RGB565 2x2, 8 bytes        -> ends 56, padded to 64
    //  64: YVU422 4x1, 8 bytes        -> ends 104, padded to 112 (size field 0: ignored)
    // 112: PNG 10x20, size 3          -> ends 147, padded to 160
    // 160: ARGB8 1x1: the firmware's image_size() has no ARGB8 case, so 0 data bytes and
    //      no padding (0 % 16 == 0): the header alone, as the camera writes it -> ends 192
    // 192: BAYER_RGGB 2x2, 4 bytes    -> ends 228, padded to 240
    // 240: BINARY 40x2, 2 words a row -> 16 bytes, ends 288, no padding
    /** The file's frames, as the engine must index them. */
    static final List<FrameInfo> FRAMES = List.of(
            new FrameInfo(0, 16, 2, 2, PixelFormat.RGB565, 40_000, 8),
            new FrameInfo(1, 64, 4, 1, PixelFormat.YVU422, 1_000, 8),
            new FrameInfo(2, 112, 10, 20, PixelFormat.PNG, 2_000, 3),
            new FrameInfo(3, 160, 1, 1, PixelFormat.ARGB8, 3_000, 0),
            new FrameInfo(4, 192, 2, 2, PixelFormat.BAYER_RGGB, 4_000, 4),
            new FrameInfo(5, 240, 40, 2, PixelFormat.BINARY, 5_000, 16));
    /** The file's size: the last frame ends there. */
    static final long SIZE = 288;

    private GoldenVersion2File() {
    }

    /** Writes the file as {@code v20.bin} in {@code dir}. */
    static Path writeTo(Path dir) throws IOException {
        return StreamBytes.magic("V2.0")
                .u32(40, 2, 2, 0x0C030002, 8).zeros(12).bytes(1, 2, 3, 4, 5, 6, 7, 8).zeros(8)
                .u32(1, 4, 1, 0x14050102, 0).zeros(12).bytes(9, 10, 11, 12, 13, 14, 15, 16).zeros(8)
                .u32(2, 10, 20, 0x06070000, 3).zeros(12).bytes(0x89, 0x50, 0x4E).zeros(13)
                .u32(3, 1, 1, 0x0C080004, 0).zeros(12)
                .u32(4, 2, 2, 0x05040301, 4).zeros(12).bytes(31, 32, 33, 34).zeros(12)
                .u32(5, 40, 2, 0x08010000, 16).zeros(12).bytes(sequence(40, 16))
                .writeTo(dir.resolve("v20.bin"));
    }
}
