package dev.omvio.sensors.openmv.protocol;

import java.io.IOException;

/**
 * A {@link Link} that hands every call to the link it wraps: the base of links that change one
 * thing (such as when writes go out, {@link CorkedLink}) and forward the rest.
 */
public abstract class ForwardingLink implements Link {
    /** The wrapped link; closing this one closes it. */
    protected final Link link;

    /**
     * Wraps {@code link}.
     *
     * @param link the link calls go to
     */
    protected ForwardingLink(Link link) {
        this.link = link;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        return link.read(buffer, offset, length);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        link.write(buffer, offset, length);
    }

    @Override
    public void flush() throws IOException {
        link.flush();
    }

    @Override
    public void setReadTimeout(int millis) throws IOException {
        link.setReadTimeout(millis);
    }

    @Override
    public String describe() {
        return link.describe();
    }

    @Override
    public void close() throws IOException {
        link.close();
    }
}
