package dev.omvio.reliability.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.omvio.cli.Omvio;
import dev.omvio.cli.media.MjpegAviReader;
import dev.omvio.reliability.ScratchFiles;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Motion-JPEG AVI files, ours or another program's, through the command line's AVI reader and
 * {@code omvio convert} back to a stream, in this JVM. An input is the AVI file. The reader
 * ends in an {@link IOException} or indexes pictures that lie within the file; {@code convert}
 * ends with exit code 0 or 2 (bad input: an AVI the reader refuses, a picture that does not
 * decode or is over the pixel budget), and 2 whenever the reader refused the file. A stack
 * overflow (lists nested without end), an OutOfMemoryError or exit code 1 is a finding.
 */
class AviFuzzTest {
    private static final Path AVI = scratch(".avi");
    private static final Path STREAM = scratch(".bin");

    @FuzzTest(maxDuration = FuzzSettings.DURATION)
    void readsAndConvertsAnyAvi(byte[] content) throws IOException {
        Path avi = ScratchFiles.write(AVI, content, content.length);
        boolean indexed;
        try (MjpegAviReader reader = MjpegAviReader.open(avi)) {
            for (MjpegAviReader.Picture picture : reader.pictures()) {
                assertThat(picture.offset() + picture.size()).isLessThanOrEqualTo(content.length);
                assertThat(reader.read(picture).remaining()).isEqualTo(picture.size());
            }
            indexed = true;
        } catch (IOException refused) {
            indexed = false; // documented
        }
        StringWriter err = new StringWriter();
        int exit = Omvio.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "convert", avi.toString(),
                STREAM.toString(), "--force");
        assertThat(exit).as("exit code of omvio convert: %s", err).isIn(indexed ? new Integer[] {0, 2} : new Integer[] {2});
    }

    private static Path scratch(String suffix) {
        try {
            Path file = Files.createTempFile("omvio-fuzz", suffix);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
