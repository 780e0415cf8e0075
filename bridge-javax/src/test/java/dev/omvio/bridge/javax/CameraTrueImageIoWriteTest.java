package dev.omvio.bridge.javax;

import dev.omvio.core.file.compat.CameraCompatibility;
import dev.omvio.core.file.compat.CompatibilityReport;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's harness for {@code ImageIO.write(image, "openmv", file)}: for every
 * {@link BufferedImage} type, the file written opens on the camera firmware and in the OpenMV
 * IDE (as CameraCompatibility walks it) with its one frame. The CLI's and the stream API's
 * writers have theirs in the distribution module (CameraTrueHarnessTest).
 */
class CameraTrueImageIoWriteTest {
    @TempDir
    Path dir;

    /**
     * TYPE_INT_RGB (1) .. TYPE_BYTE_INDEXED (13) but those with alpha (see the next test):
     * INT_RGB, INT_BGR, 3BYTE_BGR, USHORT_565_RGB, USHORT_555_RGB, BYTE_GRAY, USHORT_GRAY,
     * BYTE_BINARY, BYTE_INDEXED.
     */
    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_BGR, BufferedImage.TYPE_3BYTE_BGR,
        BufferedImage.TYPE_USHORT_565_RGB, BufferedImage.TYPE_USHORT_555_RGB, BufferedImage.TYPE_BYTE_GRAY,
        BufferedImage.TYPE_USHORT_GRAY, BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_BYTE_INDEXED})
    void everyOpaqueTypeWritesACameraTrueFile(int type) throws IOException {
        assertCameraTrue(write(type));
    }

    /** TYPE_INT_ARGB, TYPE_INT_ARGB_PRE, TYPE_4BYTE_ABGR, TYPE_4BYTE_ABGR_PRE. */
    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_ARGB_PRE,
        BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_4BYTE_ABGR_PRE})
    void everyTypeWithAlphaWritesACameraTrueFile(int type) throws IOException {
        assertCameraTrue(write(type));
    }

    /** A 37x5 picture of {@code type} (37: a BINARY row of two words) with a few colours, written through ImageIO. */
    private Path write(int type) throws IOException {
        BufferedImage image = new BufferedImage(37, 5, type);
        for (int x = 0; x < 37; x++) {
            image.setRGB(x, x % 5, 0xFF000000 | (x * 0x070503));
        }
        Path file = dir.resolve("type-" + type + ".bin");
        assertThat(ImageIO.write(image, "openmv", file.toFile())).isTrue();
        return file;
    }

    private static void assertCameraTrue(Path file) throws IOException {
        CompatibilityReport report = CameraCompatibility.check(file);
        assertThat(report.verdicts()).as("%s: %s", file.getFileName(), report.verdicts())
                .allSatisfy(verdict -> {
                    assertThat(verdict.refusal()).isEmpty();
                    assertThat(verdict.frames()).isEqualTo(1);
                });
        try (ImageStream stream = ImageStreams.open(file, "r")) {
            assertThat(stream.count()).isEqualTo(1);
        }
    }
}
