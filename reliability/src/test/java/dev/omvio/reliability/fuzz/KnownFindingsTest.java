package dev.omvio.reliability.fuzz;

import dev.omvio.cli.Omvio;
import dev.omvio.codec.CorruptImageException;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inputs that once made a module break its promises (an OutOfMemoryError from a few bytes
 * claiming a huge frame), kept as regression tests.
 */
class KnownFindingsTest {
    /** A 752-byte stream: one JPEG frame whose header and SOF0 both claim 16384 x 16384, with the data of a 16 x 8 JPEG. */
    private static final String HUGE_JPEG = "findings/jpeg_claiming_16384x16384.bin";
    /** A 64-byte stream: one JPEG frame of 4 bytes whose chunk header claims 32767 x 32767. */
    private static final String HUGE_JPEG_FOR_CLI = "findings/jpeg_claiming_32767x32767_for_cli.bin";
    private static final int STREAM_HEADER_AND_CHUNK_HEADER = 16 + 32;
    private static final int JPEG_LENGTH = 689;

    @TempDir
    Path dir;

    @Test
    void aTinyJpegClaimingAHugeSizeIsRejectedByTheImageIoReader() throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("openmv").next();
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(resource(HUGE_JPEG)))) {
            reader.setInput(in);
            assertThat(reader.getWidth(0)).isEqualTo(16384);
            assertThatThrownBy(() -> reader.read(0)).isInstanceOf(IIOException.class);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void aTinyJpegClaimingAHugeSizeIsRejectedWithTheDefaultOptions() throws IOException {
        byte[] stream = resource(HUGE_JPEG);
        byte[] jpeg = Arrays.copyOfRange(stream, STREAM_HEADER_AND_CHUNK_HEADER, STREAM_HEADER_AND_CHUNK_HEADER + JPEG_LENGTH);
        Image frame = Image.of(16384, 16384, PixelFormat.JPEG, jpeg);
        assertThatThrownBy(() -> PixelCodecs.toBufferedImage(frame)).isInstanceOf(CorruptImageException.class);
    }

    @Test
    void verifyOfATinyJpegClaimingAHugeSizeReportsABadFrame() throws IOException {
        Path file = Files.write(dir.resolve("huge.bin"), resource(HUGE_JPEG_FOR_CLI));
        StringWriter out = new StringWriter();
        int exit = Omvio.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "verify", file.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("frame 0 does not decode");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = KnownFindingsTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
