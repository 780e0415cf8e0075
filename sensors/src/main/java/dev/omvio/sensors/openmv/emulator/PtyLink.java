package dev.omvio.sensors.openmv.emulator;

import dev.omvio.sensors.openmv.protocol.Link;
import dev.omvio.sensors.openmv.protocol.LinkClosedException;

import java.io.IOException;
import java.net.SocketTimeoutException;

/**
 * One host's session on a {@link PosixPty}: it ends (a read gives -1) when the host closes the
 * slave device. Closing it leaves the pty open for the next host and, if this one hung up,
 * readies the line for the next ({@link PosixPty#reset()}); a host still there (a session
 * ended by an injected fault) keeps the line as it set it.
 */
final class PtyLink implements Link {
    private final PosixPty pty;
    private int timeoutMillis = 1000;
    private boolean hungUp;

    PtyLink(PosixPty pty) {
        this.pty = pty;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = pty.read(buffer, offset, length, timeoutMillis);
        if (n == PosixPty.TIMEOUT) {
            throw new SocketTimeoutException("no byte from " + describe() + " in time");
        }
        hungUp = n == PosixPty.HUNG_UP;
        return n;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        if (!pty.write(buffer, offset, length)) {
            hungUp = true;
            throw new LinkClosedException("the host closed " + pty.device());
        }
    }

    @Override
    public void setReadTimeout(int millis) {
        timeoutMillis = millis > 0 ? millis : Integer.MAX_VALUE;
    }

    @Override
    public String describe() {
        return "pty " + pty.device();
    }

    @Override
    public void close() {
        if (hungUp) {
            pty.reset();
        }
    }
}
