package dev.omvio.core.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A window of a file for reading its chunk headers: small positional reads served from one
 * buffer of {@value #SIZE} bytes, read afresh from the position asked for when the bytes are not
 * in it, so that a file of many small frames takes one read per window rather than one per
 * frame. Public for the camera-compatibility walks; this package is not exported.
 */
public final class HeaderWindow {
    /** The window's size: about 2000 chunks of small frames. */
    public static final int SIZE = 64 * 1024;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(SIZE);
    private long start = -1;

    /** A window of {@code channel}, which it reads but never closes. */
    public HeaderWindow(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * The {@code length} bytes at {@code position}, fewer only at the end of the file; a view,
     * valid until the next call, in big-endian order as every new buffer is.
     *
     * @param position where the bytes start in the file
     * @param length how many bytes, at most {@value #SIZE}
     * @return the bytes, from the view's position to its limit
     * @throws IOException if reading the file fails
     */
    public ByteBuffer at(long position, int length) throws IOException {
        if (start < 0 || position < start || position + length > start + buffer.limit()) {
            buffer.clear();
            ChannelIo.read(channel, buffer, position);
            buffer.flip();
            start = position;
        }
        int from = (int) (position - start);
        return buffer.duplicate().position(from).limit(Math.min(buffer.limit(), from + length));
    }
}
