package dev.omvio.core.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A window of a file for reading its chunk headers: small positional reads served from one
 * buffer of {@value #SIZE} bytes, read afresh from the position asked for when the bytes are not
 * in it, so that a file of many small frames takes one read per window rather than one per
 * frame. When the frames are larger than the window, each fill would serve one header and read
 * {@value #SIZE} bytes for it (a third of a QVGA RGB565 file, read to index it): a fill that served
 * one request halves the next read, down to 512 bytes, and a fill that served
 * several doubles it again, up to {@value #SIZE}. Public for the camera-compatibility walks; this
 * package is not exported.
 */
public final class HeaderWindow {
    /** The window's size: about 2000 chunks of small frames. */
    public static final int SIZE = 64 * 1024;
    /** The smallest read: a few chunk headers' worth. */
    static final int MIN_READ = 512;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(SIZE);
    private long start = -1;
    private int readSize = SIZE;
    private int served;

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
            if (start >= 0) {
                readSize = served > 1 ? Math.min(SIZE, readSize * 2) : Math.max(MIN_READ, readSize / 2);
            }
            served = 0;
            // Never past the buffer: a request longer than the window gets what fits, as it always has.
            buffer.clear().limit(Math.min(SIZE, Math.max(readSize, length)));
            ChannelIo.read(channel, buffer, position);
            buffer.flip();
            start = position;
        }
        served++;
        int from = (int) (position - start);
        return buffer.duplicate().position(from).limit(Math.min(buffer.limit(), from + length));
    }
}
