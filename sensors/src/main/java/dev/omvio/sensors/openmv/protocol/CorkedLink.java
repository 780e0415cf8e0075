package dev.omvio.sensors.openmv.protocol;

import java.io.IOException;

/**
 * A {@link Link} that keeps writes back until {@link #flush()}, so that the answers to several
 * pipelined commands go out in one write and wake the peer once: a write is kept if it fits
 * after what is kept (so the largest packet fits with the small answers before it); one that does
 * not fit has what is kept sent first, and then goes through at once, without a copy, if it is at
 * least half the buffer. The rest is forwarded.
 */
public final class CorkedLink extends ForwardingLink {
    /** The most bytes kept back. */
    public static final int CAPACITY = 72 * 1024;

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
        if (length + n > CAPACITY || length == 0 && n >= CAPACITY / 2) {
            flush();
            if (n >= CAPACITY / 2) {
                link.write(buffer, offset, n);
                return;
            }
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
