package dev.omvio.core.file.compat;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Small positional reads from a file of fixed size: the header fields the walks look at,
 * served from one fixed window of the file so that files of many small frames take few reads.
 */
final class FileBytes {
    // Holds about 2000 small chunks; a chunk with more data than this costs one read per header.
    private static final int WINDOW_BYTES = 64 * 1024;

    private final FileChannel channel;
    private final long size;
    private final ByteBuffer window = ByteBuffer.allocate(WINDOW_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private long windowStart;
    private int windowLength;

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
        return window.get(locate(position, 1)) & 0xFF;
    }

    /** The little-endian 32-bit word at {@code position}, whose 4 bytes must be before the end. */
    int int32(long position) throws IOException {
        return window.getInt(locate(position, Integer.BYTES));
    }

    // The index in the window of the bytes [position, position + length), reading the window
    // afresh from position when they are not in it.
    private int locate(long position, int length) throws IOException {
        if (position < windowStart || position + length > windowStart + windowLength) {
            window.clear();
            while (window.hasRemaining() && channel.read(window, position + window.position()) >= 0) {
                // Read until the window is full or the file ends.
            }
            windowStart = position;
            windowLength = window.position();
            if (windowLength < length) {
                // The file shrank under the check.
                throw new EOFException("file ended at " + (position + windowLength) + " while checking it");
            }
        }
        return (int) (position - windowStart);
    }
}
