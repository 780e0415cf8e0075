package dev.omvio.reliability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Rewrites test files in place, many thousand times over. */
public final class ScratchFiles {
    private ScratchFiles() {
    }

    /**
     * Makes {@code file} hold exactly the first {@code length} bytes of {@code content}. The file
     * is overwritten and then cut, never truncated to zero first: on ext4 closing a file truncated
     * to zero forces its data to disk, which would make the sweeps crawl.
     */
    public static Path write(Path file, byte[] content, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(content, 0, length);
            while (bytes.hasRemaining()) {
                channel.write(bytes, bytes.position());
            }
            channel.truncate(length);
        }
        return file;
    }
}
