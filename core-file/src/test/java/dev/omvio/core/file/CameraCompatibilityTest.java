package dev.omvio.core.file;

import dev.omvio.core.file.compat.CameraCompatibility;
import dev.omvio.core.file.compat.CompatibilityReport;
import dev.omvio.core.file.compat.OpenMvReader;
import dev.omvio.core.file.compat.Refusal;
import dev.omvio.core.file.compat.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files built byte by byte from FORMAT.md, with the verdicts worked out by hand from the
 * readers' sources: openmv/openmv modules/py_imageio.c (image_size() in lib/imlib/imlib.c,
 * messages of lib/imlib/file_utils.c) for the firmware; openmv/qt-creator
 * src/plugins/openmv/tools/videotools.cpp getMaxSizeAndAvgMicrosDelta() (getImageSize() in
 * src/plugins/openmv/openmvpluginio.cpp) for the IDE.
 */
class CameraCompatibilityTest {
    private static final long GRAYSCALE = 0x08020001L;
    private static final long RGB565 = 0x0C030002L;
    private static final long ARGB8 = 0x0C080004L;
    private static final long YUV422 = 0x14050002L;
    private static final long JPEG = 0x06060000L;

    @TempDir
    Path dir;

    private CompatibilityReport check(StreamBytes bytes) throws IOException {
        return CameraCompatibility.check(bytes.writeTo(dir.resolve("golden.bin")));
    }

    private static void assertAccepted(Verdict verdict, OpenMvReader reader, long frames) {
        assertThat(verdict.reader()).isEqualTo(reader);
        assertThat(verdict.refusal()).isEmpty();
        assertThat(verdict.accepted()).isTrue();
        assertThat(verdict.frames()).isEqualTo(frames);
    }

    private static void assertRefused(Verdict verdict, OpenMvReader reader, long frames, Refusal refusal) {
        assertThat(verdict.reader()).isEqualTo(reader);
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.refusal()).contains(refusal);
        assertThat(verdict.frames()).isEqualTo(frames);
    }

    /**
     * V1.0: a 2x1 RGB565 frame (bpp 2: 2*2*1 = 4 bytes + 12 padding) at 16, then a 33x2
     * BINARY frame (bpp 0) at 48: firmware ((33 + 31) >> 5) * 4 * 2 = 16 bytes, IDE
     * ((33 + 31) / 32) * 4 * 2 = 16; the file ends at 80 for both.
     */
    @Test
    void version10IsOpenedByBoth() throws IOException {
        CompatibilityReport report = check(StreamBytes.magic("V1.0")
                .v1Frame(40, 2, 1, 2, StreamBytes.sequence(1, 4))
                .v1Frame(40, 33, 2, 0, StreamBytes.sequence(9, 16)));

        assertAccepted(report.firmware(), OpenMvReader.FIRMWARE, 2);
        assertAccepted(report.ide(), OpenMvReader.IDE, 2);
        assertThat(report.bothAccept()).isTrue();
    }

    /** V1.1: 3x3 GRAYSCALE (bpp 1: 9 bytes + 7) and 2x2 BAYER (bpp 3: 4 bytes + 12), first interval 0. */
    @Test
    void version11IsOpenedByBoth() throws IOException {
        CompatibilityReport report = check(StreamBytes.magic("V1.1")
                .v1Frame(0, 3, 3, 1, StreamBytes.sequence(0, 9))
                .v1Frame(100, 2, 2, 3, StreamBytes.sequence(0, 4)));

        assertAccepted(report.firmware(), OpenMvReader.FIRMWARE, 2);
        assertAccepted(report.ide(), OpenMvReader.IDE, 2);
    }

    /**
     * V2.0: 4x2 GRAYSCALE (8 bytes + 8), a 16x16 JPEG whose size field says 5 (5 + 11), a 2x1
     * YUV422 (4 + 12). Both take the JPEG's size from the size field.
     */
    @Test
    void version20IsOpenedByBoth() throws IOException {
        CompatibilityReport report = check(StreamBytes.magic("V2.0")
                .v2Frame(0, 4, 2, GRAYSCALE, 0, StreamBytes.sequence(0, 8))
                .v2Frame(33, 16, 16, JPEG, 5, StreamBytes.hex("FF D8 FF D9 00"))
                .v2Frame(33, 2, 1, YUV422, 0, StreamBytes.sequence(0, 4)));

        assertAccepted(report.firmware(), OpenMvReader.FIRMWARE, 3);
        assertAccepted(report.ide(), OpenMvReader.IDE, 3);
    }

    /** V2.1 (µs intervals): the IDE opens it (version >= 21 is its newTimeFormat); the firmware only knows 10, 11, 20. */
    @Test
    void version21IsOpenedByTheIdeAndRefusedByTheFirmware() throws IOException {
        CompatibilityReport report = check(StreamBytes.magic("V2.1")
                .v2Frame(33_333, 2, 1, RGB565, 0, StreamBytes.sequence(0, 4)));

        assertRefused(report.firmware(), OpenMvReader.FIRMWARE, 0, new Refusal(-1, 13, "version",
                "Expected version V1.0, V1.1, or V2.0 (the magic says version 21)"));
        assertAccepted(report.ide(), OpenMvReader.IDE, 1);
        assertThat(report.bothAccept()).isFalse();
    }

    /**
     * A 4x2 ARGB8 frame with its 32 bytes of pixels 10 11 .. 2F. Both readers take 0 data
     * bytes for ARGB8 and read the pixels at 48 as frame 1's header: interval 0x13121110,
     * w 0x17161514, h 0x1B1A1918, pixformat 0x1F1E1D1C, size 0x23222120, then 12 more bytes.
     * The firmware refuses that pixformat (at 60); the IDE, having its 32 bytes, scales the
     * interval, 319951120 ms * 1000 = 319951120000, which wraps to 2123540096 in 32 bits, over
     * 1e9 (at 48). Both refusals are blamed on frame 0's pixformat field at 16 + 12 = 28.
     */
    @Test
    void anArgb8FrameWithDataIsRefusedByBoth() throws IOException {
        CompatibilityReport report = check(StreamBytes.magic("V2.0")
                .v2Frame(0, 4, 2, ARGB8, 32, StreamBytes.sequence(0x10, 32)));

        assertRefused(report.firmware(), OpenMvReader.FIRMWARE, 0, new Refusal(0, 28, "pixformat",
                "frame 0 is ARGB8 (4x2), for which image_size() in imlib.c returns 0: the camera reads none of"
                        + " its data and takes the bytes after its header as frame 1's header, refused at"
                        + " offset 60 (pixformat): Invalid image stream pixformat (0x1F1E1D1C)"));
        assertRefused(report.ide(), OpenMvReader.IDE, 0, new Refusal(0, 28, "pixformat",
                "frame 0 is ARGB8 (0x0C080004), for which getImageSize() in openmvpluginio.cpp returns 0: the"
                        + " IDE reads none of its data and takes the bytes after its header as frame 1's header,"
                        + " refused at offset 48 (interval): File is corrupt! (interval 319951120 ms,"
                        + " 2123540096 µs in the IDE's 32-bit arithmetic, outside 0..1000000000 µs)"));
    }

    /** An ARGB8 frame stored with no data bytes: both take 0 bytes, find frame 1 at 48 and open the file. */
    @Test
    void anArgb8FrameWithoutDataIsOpenedByBoth() throws IOException {
        CompatibilityReport report = check(StreamBytes.magic("V2.0")
                .v2Frame(0, 2, 2, ARGB8, 0, new byte[0])
                .v2Frame(10, 1, 1, GRAYSCALE, 0, new byte[] {7}));

        assertAccepted(report.firmware(), OpenMvReader.FIRMWARE, 2);
        assertAccepted(report.ide(), OpenMvReader.IDE, 2);
    }

    /**
     * V1.1: 1x1 GRAYSCALE (1 + 15) at 16, then at 48 a JPEG of bpp 20 (20 bytes + 12). The
     * firmware sets JPEG but leaves the size 0: refused at the bpp field, 48 + 12 = 60. The IDE
     * takes bpp as the size (OLD_IS_JPG: bpp > 3): ((20 + 15) / 16) * 16 = 32 bytes, file end 96.
     */
    @Test
    void aVersion1JpegFrameIsRefusedByTheFirmwareOnly() throws IOException {
        CompatibilityReport report = check(StreamBytes.magic("V1.1")
                .v1Frame(0, 1, 1, 1, new byte[] {9})
                .v1Frame(10, 8, 8, 20, StreamBytes.sequence(0, 20)));

        assertRefused(report.firmware(), OpenMvReader.FIRMWARE, 1, new Refusal(1, 60, "bpp",
                "a V1.x JPEG frame (bpp 20): int_py_imageio_read_chunk() never copies bpp into the image size,"
                        + " so image_size() is 0 and the camera reads none of its 20 bytes of JPEG data"));
        assertAccepted(report.ide(), OpenMvReader.IDE, 2);
    }

    /** 1000001 ms * 1000 = 1000001000 µs (no wrap), over the IDE's 1e9; the firmware never checks intervals. */
    @Test
    void anIntervalOverTheIdesLimitIsRefusedByTheIdeOnly() throws IOException {
        CompatibilityReport report = check(StreamBytes.magic("V2.0")
                .v2Frame(1_000_001, 1, 1, GRAYSCALE, 0, new byte[] {1}));

        assertAccepted(report.firmware(), OpenMvReader.FIRMWARE, 1);
        assertRefused(report.ide(), OpenMvReader.IDE, 0, new Refusal(0, 16, "interval",
                "File is corrupt! (interval 1000001 ms, 1000001000 µs in the IDE's 32-bit arithmetic,"
                        + " outside 0..1000000000 µs)"));
    }

    /** V2.1 stores µs, compared unscaled: 1000000001 > 1e9. */
    @Test
    void aVersion21IntervalOverTheLimitIsRefusedByTheIde() throws IOException {
        CompatibilityReport report = check(StreamBytes.magic("V2.1")
                .v2Frame(1_000_000_001L, 1, 1, GRAYSCALE, 0, new byte[] {1}));

        assertRefused(report.ide(), OpenMvReader.IDE, 0, new Refusal(0, 16, "interval",
                "File is corrupt! (interval 1000000001 µs, outside 0..1000000000 µs)"));
    }

    /** 4294968 ms * 1000 = 4294968000, which wraps to 704 in 32 bits: the IDE lets it through, as its code does. */
    @Test
    void theIdesIntervalProductWrapsAsInItsSource() throws IOException {
        CompatibilityReport report = check(StreamBytes.magic("V1.1")
                .v1Frame(4_294_968, 1, 1, 1, new byte[] {1}));

        assertAccepted(report.ide(), OpenMvReader.IDE, 1);
        assertAccepted(report.firmware(), OpenMvReader.FIRMWARE, 1);
    }

    /**
     * A 4x2 frame of the unknown code 0x0C090004 with 32 data bytes u32(5, 0, ...). The
     * firmware refuses the code (IMLIB_PIXFORMAT_IS_VALID) at 28. The IDE's getImageSize()
     * returns 0 for it, so it reads the data at 48 as frame 1: interval 5, width 0, refused at
     * 52; blamed on frame 0's pixformat at 28.
     */
    @Test
    void anUnknownPixformatIsRefusedByBoth() throws IOException {
        CompatibilityReport report = check(StreamBytes.magic("V2.0")
                .v2Frame(0, 4, 2, 0x0C090004L, 32, StreamBytes.raw().u32(5, 0, 0, 0, 0, 0, 0, 0).toByteArray()));

        assertRefused(report.firmware(), OpenMvReader.FIRMWARE, 0, new Refusal(0, 28, "pixformat",
                "Invalid image stream pixformat (0x0C090004)"));
        assertRefused(report.ide(), OpenMvReader.IDE, 0, new Refusal(0, 28, "pixformat",
                "frame 0 has the unknown pixformat code (0x0C090004), for which getImageSize() in openmvpluginio.cpp"
                        + " returns 0: the IDE reads none of its data and takes the bytes after its header as"
                        + " frame 1's header, refused at offset 52 (width): File is corrupt! (width 0,"
                        + " outside 1..32767)"));
    }

    /** Only the magic: the firmware opens it and reads nothing; the IDE says "No frames found!". */
    @Test
    void anEmptyStreamIsRefusedByTheIde() throws IOException {
        CompatibilityReport report = check(StreamBytes.magic("V2.0"));

        assertAccepted(report.firmware(), OpenMvReader.FIRMWARE, 0);
        assertRefused(report.ide(), OpenMvReader.IDE, 0, new Refusal(0, 16, "frames", "No frames found!"));
    }

    /** A 4x4 GRAYSCALE frame (16 data bytes at 48) cut after 10 of them: both fail on the data at 48. */
    @Test
    void aFileCutShortIsRefusedByBoth() throws IOException {
        Path file = StreamBytes.magic("V2.0").v2Frame(0, 4, 4, GRAYSCALE, 0, StreamBytes.sequence(0, 16))
                .writeTo(dir.resolve("cut.bin"));
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(58);
        }

        CompatibilityReport report = CameraCompatibility.check(file);

        assertRefused(report.firmware(), OpenMvReader.FIRMWARE, 0, new Refusal(0, 48, "data",
                "Failed to read requested bytes! (the data needs 16 bytes, the file has 10 left)"));
        assertRefused(report.ide(), OpenMvReader.IDE, 0, new Refusal(0, 48, "data",
                "File is corrupt! (the data and padding need 16 bytes, the file has 10 left)"));
    }

    /**
     * 65535x65535 RGB565: the firmware's 32-bit image_size() is 65535 * 2 * 65535 mod 2^32 =
     * 4294705154 bytes, more than the file holds; the IDE refuses the width first (at 20).
     */
    @Test
    void hugeDimensionsAreRefusedWithoutReadingTheData() throws IOException {
        CompatibilityReport report = check(StreamBytes.magic("V2.0").v2Frame(0, 65535, 65535, RGB565, 0, new byte[16]));

        assertRefused(report.firmware(), OpenMvReader.FIRMWARE, 0, new Refusal(0, 48, "data",
                "Failed to read requested bytes! (the data needs 4294705154 bytes, the file has 16 left)"));
        assertRefused(report.ide(), OpenMvReader.IDE, 0, new Refusal(0, 20, "width",
                "File is corrupt! (width 65535, outside 1..32767)"));
    }

    /**
     * A sparse 2 GiB file: a 32767x32767 RGB565 frame (the largest the IDE allows), firmware
     * 32767 * 2 * 32767 = 2147352578 data bytes + 14 padding, IDE ((2147352578 + 15) / 16) * 16 =
     * 2147352592 (still an int), so both find frame 1, 1x1 GRAYSCALE, at 48 + 2147352592 =
     * 2147352640; the file ends at 2147352688. Only the headers are read.
     */
    @Test
    void theLargestFrameTheIdeAllowsIsWalkedWithoutReadingItsData() throws IOException {
        Path file = dir.resolve("sparse.bin");
        long frame1 = 2_147_352_640L;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(StreamBytes.magic("V2.0").u32(33, 32767, 32767, RGB565, 0).zeros(12).toByteArray());
            raf.seek(frame1);
            raf.write(StreamBytes.raw().v2Frame(33, 1, 1, GRAYSCALE, 0, new byte[] {5}).toByteArray());
        }
        assertThat(Files.size(file)).isEqualTo(frame1 + 48);

        CompatibilityReport report = CameraCompatibility.check(file);

        assertAccepted(report.firmware(), OpenMvReader.FIRMWARE, 2);
        assertAccepted(report.ide(), OpenMvReader.IDE, 2);
    }

    /** "V3.0": version 30 for both, refused by both at the major digit (offset 13). */
    @Test
    void anUnknownVersionIsRefusedByBoth() throws IOException {
        CompatibilityReport report = check(StreamBytes.magic("V3.0").v2Frame(0, 1, 1, GRAYSCALE, 0, new byte[1]));

        assertRefused(report.firmware(), OpenMvReader.FIRMWARE, 0, new Refusal(-1, 13, "version",
                "Expected version V1.0, V1.1, or V2.0 (the magic says version 30)"));
        assertRefused(report.ide(), OpenMvReader.IDE, 0, new Refusal(-1, 13, "version",
                "Unsupported OpenMV ImageWriter File version! (version 30)"));
    }

    /**
     * "V0.:": the firmware computes ('0' - '0') * 10 + (':' - '0') = 10 without checking for
     * digits and opens it as V1.0; the IDE wants isdigit() and hands the file to ffmpeg.
     */
    @Test
    void theFirmwareDoesNotCheckTheVersionDigits() throws IOException {
        CompatibilityReport report = check(StreamBytes.magic("V0.:").v1Frame(0, 1, 1, 1, new byte[1]));

        assertAccepted(report.firmware(), OpenMvReader.FIRMWARE, 1);
        assertRefused(report.ide(), OpenMvReader.IDE, 0, new Refusal(-1, 0, "magic",
                "not an OpenMV ImageWriter file: the IDE hands it to ffmpeg as a video"));
    }

    @Test
    void aFileShorterThanTheMagicIsRefusedByBoth() throws IOException {
        CompatibilityReport report = check(StreamBytes.raw().ascii("OMV IMG"));

        assertRefused(report.firmware(), OpenMvReader.FIRMWARE, 0, new Refusal(-1, 0, "magic",
                "Failed to read requested bytes! (the file has 7 bytes, the magic 16)"));
        assertRefused(report.ide(), OpenMvReader.IDE, 0, new Refusal(-1, 0, "magic",
                "not an OpenMV ImageWriter file: the IDE hands it to ffmpeg as a video"));
    }

    /**
     * 1 MiB of zero bytes after a V1.1 magic: 65535 chunks of 16 zero bytes, each a 0x0
     * BINARY frame with 0 data bytes for the firmware (it checks neither w nor h) and width 0
     * for the IDE. The walk is bounded by the file: no hang, no per-frame memory.
     */
    @Test
    void zeroFilledFilesAreWalkedToTheEnd() throws IOException {
        Path file = dir.resolve("zeros.bin");
        Files.write(file, StreamBytes.magic("V1.1").zeros(1 << 20).toByteArray());

        CompatibilityReport report = CameraCompatibility.check(file);

        assertAccepted(report.firmware(), OpenMvReader.FIRMWARE, 65536);
        assertRefused(report.ide(), OpenMvReader.IDE, 0, new Refusal(0, 20, "width",
                "File is corrupt! (width 0, outside 1..32767)"));
    }
}
