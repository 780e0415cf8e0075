package dev.omvio.core.file;

import dev.omvio.core.file.compat.CameraCompatibility;
import dev.omvio.core.file.compat.CompatibilityReport;
import dev.omvio.core.file.compat.Verdict;
import dev.omvio.image.PixelFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the compatibility check on hand-built and on arbitrary files. */
class CameraCompatibilityPropertiesTest {
    /** One frame as FORMAT.md lays it out, with its data size by FORMAT.md's table. */
    record Frame(long interval, int width, int height, PixelFormat format) {
        long dataSize() {
            return format.isCompressed() ? 3 + width : format.dataSize(width, height);
        }
    }

    /**
     * V2.0 files of frames in every format but ARGB8 (which neither reader sizes), with w, h
     * and intervals inside the IDE's limits: both readers see exactly the frames written.
     */
    @Property(tries = 80)
    void version20FilesWithinTheLimitsOpenOnBoth(@ForAll("frames") List<Frame> frames) throws IOException {
        StreamBytes bytes = StreamBytes.magic("V2.0");
        for (Frame frame : frames) {
            bytes.v2Frame(frame.interval(), frame.width(), frame.height(), Integer.toUnsignedLong(frame.format().code()),
                    frame.format().isCompressed() ? frame.dataSize() : 0, new byte[(int) frame.dataSize()]);
        }

        CompatibilityReport report = check(bytes.toByteArray());

        assertThat(report.verdicts()).allSatisfy(verdict -> {
            assertThat(verdict.refusal()).isEmpty();
            assertThat(verdict.frames()).isEqualTo(frames.size());
        });
    }

    /**
     * Any bytes after any magic: the check ends, never throws, sees at most one frame per 16
     * bytes, and places a refusal inside the file.
     */
    @Property(tries = 300)
    void arbitraryBytesAreWalkedWithinTheFile(@ForAll("magics") String magic, @ForAll @Size(max = 600) byte[] body)
            throws IOException {
        byte[] file = new byte[16 + body.length];
        System.arraycopy(StreamBytes.magic(magic).toByteArray(), 0, file, 0, 16);
        System.arraycopy(body, 0, file, 16, body.length);

        CompatibilityReport report = check(file);

        for (Verdict verdict : report.verdicts()) {
            assertThat(verdict.frames() * 16).isLessThanOrEqualTo(body.length);
            verdict.refusal().ifPresent(refusal -> assertThat(refusal.offset()).isBetween(0L, (long) file.length));
        }
    }

    /** Files shorter than the magic, of arbitrary bytes: refused by both at the magic or version. */
    @Property(tries = 100)
    void filesShorterThanTheMagicAreRefusedByBoth(@ForAll @Size(max = 15) byte[] bytes) throws IOException {
        CompatibilityReport report = check(bytes);

        assertThat(report.verdicts()).allSatisfy(verdict -> assertThat(verdict.refusal()).hasValueSatisfying(
                refusal -> assertThat(refusal.frame()).isEqualTo(-1)));
    }

    private static CompatibilityReport check(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("compat", ".bin");
        try {
            return CameraCompatibility.check(Files.write(file, bytes));
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<List<Frame>> frames() {
        Arbitrary<PixelFormat> formats = Arbitraries.of(PixelFormat.class).filter(format -> format != PixelFormat.ARGB8);
        Arbitrary<Frame> frame = Combinators.combine(Arbitraries.longs().between(0, 1_000_000),
                Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 9), formats).as(Frame::new);
        return frame.list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> magics() {
        return Arbitraries.of("V1.0", "V1.1", "V2.0", "V2.1");
    }
}
