package dev.omvio.cli;

import dev.omvio.cli.media.MjpegAviReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * A frame chunk longer than one array can hold, in a sparse file long enough to contain it: a
 * clear refusal with the offset, not a negative size or a 2 GiB allocation.
 */
class AviHugeChunkTest {
    // MjpegAviWriter's layout: the RIFF size at 4, the movi list's size at 216, its first chunk
    // ("00dc") at 224 with its size at 228.
    private static final int RIFF_SIZE = 4;
    private static final int MOVI_SIZE = 216;
    private static final int FIRST_CHUNK = 224;
    private static final long CHUNK_SIZE = 0x9000_0000L; // 2.25 GiB

    @TempDir
    Path dir;

    @Test
    void aFrameChunkOver2GiBIsRefusedWithItsOffset() throws IOException {
        Path avi = hugeChunkAvi();

        assertThatIOException().isThrownBy(() -> MjpegAviReader.open(avi))
                .withMessage("AVI frame chunk '00dc' at offset 224 holds 2415919104 bytes, more than one picture can"
                        + " (2147483639)");
    }

    @Test
    void convertSaysOneLineAndExitsWith2() throws IOException {
        Path avi = hugeChunkAvi();
        Path out = dir.resolve("out.bin");

        CliRun run = CliRun.of("convert", avi.toString(), out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("omvio convert: " + avi + ": AVI frame chunk '00dc' at offset 224 holds"
                + " 2415919104 bytes, more than one picture can (2147483639)" + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    /** A one-picture AVI whose picture chunk, movi list and RIFF chunk are stretched over a sparse tail. */
    private Path hugeChunkAvi() throws IOException {
        Path avi = Bombs.avi(dir.resolve("huge.avi"), 16, 16);
        long end = FIRST_CHUNK + 8 + CHUNK_SIZE;
        try (FileChannel file = FileChannel.open(avi, StandardOpenOption.WRITE)) {
            putInt(file, RIFF_SIZE, end - 8);
            putInt(file, MOVI_SIZE, end - MOVI_SIZE - 4);
            putInt(file, FIRST_CHUNK + 4, CHUNK_SIZE);
            file.write(ByteBuffer.allocate(1), end - 1); // the sparse tail
        }
        return avi;
    }

    private static void putInt(FileChannel file, long at, long value) throws IOException {
        file.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, (int) value), at);
    }
}
