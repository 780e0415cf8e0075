package dev.omvio.sensors.openmv.protocol;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A {@link Link} that keeps small writes back until {@link #flush()}, so that the answers to
 * several pipelined commands go out in one write and wake the peer once. A write of more than
 * {@link #SMALL} bytes (a frame) is not kept: it goes out at once, after what is kept, in one
 * gathering write ({@link Link#write(java.nio.ByteBuffer...)}), so it is not copied here. A small
 * write that does not fit after what is kept has that sent first. The rest is forwarded.
 */
public final class CorkedLink extends ForwardingLink {
    /** The longest write kept back. */
    public static final int SMALL = 4096;
    /** The most bytes kept back. */
    public static final int CAPACITY = 16 * 1024;

    private final byte[] kept = new byte[CAPACITY];
    private int length;

    /**
     * Wraps {@code link}.
     *
     * @param link the link the bytes go to; closing this closes it
     */
    public CorkedLink(Link link) {
        super(link);
    }

    @Override
    public void write(byte[] buffer, int offset, int n) throws IOException {
        if (n > SMALL) {
            int k = length;
            length = 0;
            link.write(ByteBuffer.wrap(kept, 0, k), ByteBuffer.wrap(buffer, offset, n));
            return;
        }
        if (length + n > CAPACITY) {
            flush();
        }
        System.arraycopy(buffer, offset, kept, length, n);
        length += n;
    }

    @Override
    public void flush() throws IOException {
        if (length > 0) {
            int n = length;
            length = 0;
            link.write(kept, 0, n);
        }
        link.flush();
    }
}
