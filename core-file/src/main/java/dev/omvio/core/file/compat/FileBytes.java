package dev.omvio.core.file.compat;

import dev.omvio.core.file.HeaderWindow;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Small positional reads from a file of fixed size: the header fields the walks look at,
 * served through the engine's {@link HeaderWindow} so that files of many small frames take few reads.
 */
final class FileBytes {
    private final HeaderWindow window;
    private final long size;

    FileBytes(FileChannel channel) throws IOException {
        this.window = new HeaderWindow(channel);
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
        ByteBuffer bytes = bytes(position, 1);
        return bytes.get(bytes.position()) & 0xFF;
    }

    /** The little-endian 32-bit word at {@code position}, whose 4 bytes must be before the end. */
    int int32(long position) throws IOException {
        ByteBuffer bytes = bytes(position, Integer.BYTES);
        return bytes.order(ByteOrder.LITTLE_ENDIAN).getInt(bytes.position());
    }

    private ByteBuffer bytes(long position, int length) throws IOException {
        ByteBuffer bytes = window.at(position, length);
        if (bytes.remaining() < length) {
            // The file shrank under the check.
            throw new EOFException("file ended at " + (position + bytes.remaining()) + " while checking it");
        }
        return bytes;
    }
}
