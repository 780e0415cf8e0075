package dev.omvio.core.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Positional reads and writes that loop until done: a single channel call may transfer fewer
 * bytes than asked. Positional calls leave the channel's own position alone, which is what
 * lets many threads read frames of one stream at once.
 */
final class ChannelIo {
    private ChannelIo() {
    }

    /**
     * Reads from {@code position} until {@code target} is full or the file ends.
     *
     * @return the number of bytes read, less than was asked only at the end of the file
     */
    static int read(FileChannel channel, ByteBuffer target, long position) throws IOException {
        int total = 0;
        while (target.hasRemaining()) {
            int read = channel.read(target, position + total);
            if (read < 0) {
                break;
            }
            total += read;
        }
        return total;
    }

    /** Writes all remaining bytes of {@code source} at {@code position}. */
    static void write(FileChannel channel, ByteBuffer source, long position) throws IOException {
        long at = position;
        while (source.hasRemaining()) {
            at += channel.write(source, at);
        }
    }
}
