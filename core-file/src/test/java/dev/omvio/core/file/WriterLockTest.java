package dev.omvio.core.file;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamInUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.omvio.core.file.StreamBytes.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One writer per stream file: a second writer in the same process ({@code "w"}, {@code "a"},
 * repair) is refused with {@link StreamInUseException} naming this process, without touching
 * the file; readers are never refused; closing the writer frees the file.
 */
class WriterLockTest {
    private static final Image FRAME = Image.of(2, 2, PixelFormat.GRAYSCALE, sequence(1, 4));

    @TempDir
    Path dir;

    @Test
    void aSecondAppenderIsRefusedAndLosesNothing() throws IOException {
        Path file = dir.resolve("rec.bin");
        try (ImageStream first = ImageStreams.open(file, "w")) {
            first.write(FRAME, 0);
            assertInUse(() -> ImageStreams.open(file, "a"), file);
            first.write(FRAME, 0);
        }
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.count()).isEqualTo(2);
        }
    }

    @Test
    void aSecondCreatorDoesNotTruncateTheFirstWritersFile() throws IOException {
        Path file = dir.resolve("rec.bin");
        try (ImageStream first = ImageStreams.open(file, "w")) {
            first.write(FRAME, 0);
            long size = Files.size(file);
            assertThat(size).isEqualTo(16 + 32 + 16); // magic, header, 4 data bytes padded to 16
            assertInUse(() -> ImageStreams.open(file, "w"), file);
            assertThat(Files.size(file)).isEqualTo(size);
            first.write(FRAME, 0);
        }
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.count()).isEqualTo(2);
        }
    }

    @Test
    void repairWhileAWriterHasTheFileIsRefused() throws IOException {
        Path file = dir.resolve("rec.bin");
        try (ImageStream writer = ImageStreams.open(file, "w")) {
            writer.write(FRAME, 0);
            assertInUse(() -> ImageStreams.repair(file), file);
        }
        try (ImageStream appender = ImageStreams.open(file, "a")) {
            assertInUse(() -> ImageStreams.open(file, "w"), file);
            assertThat(appender.count()).isEqualTo(1);
        }
    }

    @Test
    void readersAreNeverRefusedAndSeeTheWritersFrames() throws IOException {
        Path file = dir.resolve("rec.bin");
        try (ImageStream writer = ImageStreams.open(file, "w")) {
            writer.write(FRAME, 0).sync();
            try (ImageStream reader = ImageStreams.open(file, "r")) {
                assertThat(reader.count()).isEqualTo(1);
                assertThat(reader.readFrame(0)).isEqualTo(FRAME);
            }
            writer.write(FRAME, 0);
        }
    }

    @Test
    void closingTheWriterFreesTheFileEvenAfterARefusedOpen() throws IOException {
        Path file = dir.resolve("rec.bin");
        try (ImageStream writer = ImageStreams.open(file, "w")) {
            writer.write(FRAME, 0);
            assertInUse(() -> ImageStreams.open(file, "a"), file);
        }
        try (ImageStream appender = ImageStreams.open(file, "a")) {
            appender.write(FRAME, 0);
        }
        try (ImageStream in = ImageStreams.open(file, "r")) {
            assertThat(in.count()).isEqualTo(2);
        }
    }

    private static void assertInUse(ThrowingOpen open, Path file) {
        assertThatThrownBy(open::run)
                .isInstanceOf(StreamInUseException.class)
                .hasMessage(file + ": in use by another writer (pid " + ProcessHandle.current().pid() + ")")
                .satisfies(e -> assertThat(((StreamInUseException) e).holderPid())
                        .hasValue(ProcessHandle.current().pid()));
    }

    private interface ThrowingOpen {
        void run() throws IOException;
    }
}
