package dev.omvio.core.file.compat;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/** Small positional reads from a file of fixed size: the header fields the walks look at. */
final class FileBytes {
    private final FileChannel channel;
    private final long size;
    private final ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);

    FileBytes(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    /** The file's size when the check began. */
    long size() {
        return size;
    }

    /** Bytes from {@code position} to the end: 0 at or past it. */
    long remaining(long position) {
        return Math.max(0, size - position);
    }

    /** The byte at {@code position}, 0..255, which must be before the end. */
    int u8(long position) throws IOException {
        return read(position, 1).get(0) & 0xFF;
    }

    /** The little-endian 32-bit word at {@code position}, whose 4 bytes must be before the end. */
    int int32(long position) throws IOException {
        return read(position, Integer.BYTES).getInt(0);
    }

    private ByteBuffer read(long position, int length) throws IOException {
        buffer.clear().limit(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                // The file shrank under the check.
                throw new EOFException("file ended at " + (position + buffer.position()) + " while checking it");
            }
        }
        return buffer;
    }
}
