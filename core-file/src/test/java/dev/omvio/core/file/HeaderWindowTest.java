package dev.omvio.core.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window gives the file's bytes wherever it is asked, while its reads shrink (requests
 * farther apart than the window: frames larger than it) and grow back (requests close together),
 * and across the shrunk window's border.
 */
class HeaderWindowTest {
    // 1 MiB where byte p is (p * 31 + p / 251) & 0xFF: no two 32-byte runs alike at the offsets asked.
    private static final int FILE_SIZE = 1 << 20;

    @TempDir
    Path dir;

    private static int expected(long position) {
        return (int) ((position * 31 + position / 251) & 0xFF);
    }

    @Test
    void givesTheFileBytesWhileItsReadsShrinkAndGrowBack() throws IOException {
        byte[] content = new byte[FILE_SIZE];
        for (int p = 0; p < FILE_SIZE; p++) {
            content[p] = (byte) expected(p);
        }
        Path file = Files.write(dir.resolve("bytes.bin"), content);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            HeaderWindow window = new HeaderWindow(channel);
            long position = 16;
            // 10 requests 80,000 bytes apart (frames larger than the window): the reads shrink to 512 bytes.
            for (int i = 0; i < 10; i++, position += 80_000) {
                assertBytes(window.at(position, 32), position, 32);
            }
            // Then 48-byte steps (small frames) over 40 KiB: across many borders of the shrunk
            // window while it grows back, every header exact.
            for (int i = 0; i < 40 * 1024 / 48; i++, position += 48) {
                assertBytes(window.at(position, 32), position, 32);
            }
            // A request longer than the shrunk read, and one cut short by the end of the file.
            assertBytes(window.at(900_000, 4096), 900_000, 4096);
            assertBytes(window.at(FILE_SIZE - 10, 32), FILE_SIZE - 10, 10);
        }
    }

    private static void assertBytes(ByteBuffer bytes, long position, int length) {
        assertThat(bytes.remaining()).isEqualTo(length);
        for (int i = 0; i < length; i++) {
            assertThat(bytes.get(bytes.position() + i) & 0xFF).as("byte at %d", position + i)
                    .isEqualTo(expected(position + i));
        }
    }
}
