package dev.omvio.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirmwareHeaderWalkTest {
    @TempDir
    Path directory;

    // A version 2.0 file laid out by hand from FORMAT.md section 1: 16-byte magic, then chunks of
    // a 32-byte header (interval, width, height, pixformat, size, 12 zero bytes) and Pad16 data.
    private static final int GRAYSCALE = 0x08020001;
    private static final int RGB565 = 0x0C030002;
    private static final int JPEG = 0x06060000;

    private Path threeFrames() throws IOException {
        ByteBuffer file = ByteBuffer.allocate(16 + 32 + 16 + 32 + 16 + 32 + 16).order(ByteOrder.LITTLE_ENDIAN);
        file.put("OMV IMG STR V2.0".getBytes(StandardCharsets.US_ASCII));
        chunk(file, 3, 1, GRAYSCALE, 0, new byte[] {1, 2, 3});            // 3 bytes + 13 pad
        chunk(file, 2, 1, RGB565, 0, new byte[] {4, 5, 6, 7});           // 4 bytes + 12 pad
        chunk(file, 8, 8, JPEG, 5, new byte[] {8, 9, 10, 11, 12});       // size field: 5 bytes + 11 pad
        Path path = directory.resolve("three.bin");
        Files.write(path, file.array());
        return path;
    }

    private static void chunk(ByteBuffer file, int width, int height, int format, int size, byte[] data) {
        file.putInt(0).putInt(width).putInt(height).putInt(format).putInt(size).put(new byte[12]);
        file.put(data).put(new byte[16 - data.length]);
    }

    private static byte[] read(Path path, int frame) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer data = new FirmwareHeaderWalk(channel).seekAndRead(frame, ByteBuffer.allocate(16));
            return Arrays.copyOfRange(data.array(), 0, data.limit());
        }
    }

    @Test
    void walksHeadersToTheFrameAndReadsItsData() throws IOException {
        Path path = threeFrames();

        assertThat(read(path, 0)).containsExactly(1, 2, 3);
        assertThat(read(path, 1)).containsExactly(4, 5, 6, 7);
        assertThat(read(path, 2)).containsExactly(8, 9, 10, 11, 12);
    }

    @Test
    void walkingPastTheLastFrameFails() throws IOException {
        Path path = threeFrames();

        assertThatThrownBy(() -> read(path, 3))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("ends at 160");
    }
}
