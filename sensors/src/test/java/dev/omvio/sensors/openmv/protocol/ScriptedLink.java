package dev.omvio.sensors.openmv.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A {@link Link} that reads a fixed script of bytes and records what is written: at the end of
 * the script a read reports the end of the stream (or, if {@code timeoutAtEnd}, a timeout).
 * A read takes all the script has left that fits, as a socket read takes all that came.
 */
public final class ScriptedLink implements Link {
    private final byte[] script;
    private final boolean timeoutAtEnd;
    private int at;
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final List<byte[]> writes = new ArrayList<>();
    private boolean closed;

    /**
     * @param script the bytes the reads give, in order
     * @param timeoutAtEnd true for a timeout at the script's end, false for the end of the stream
     */
    public ScriptedLink(byte[] script, boolean timeoutAtEnd) {
        this.script = script;
        this.timeoutAtEnd = timeoutAtEnd;
    }

    /** Bytes from hexadecimal pairs, spaces ignored. */
    static byte[] hex(String pairs) {
        return HexFormat.of().parseHex(pairs.replace(" ", ""));
    }

    /** {@return the parts one after the other} */
    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    byte[] written() {
        return written.toByteArray();
    }

    /** {@return each write's bytes, in order} */
    public List<byte[]> writes() {
        return writes;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (at == script.length) {
            if (timeoutAtEnd) {
                throw new SocketTimeoutException("end of script");
            }
            return -1;
        }
        int n = Math.min(length, script.length - at);
        System.arraycopy(script, at, buffer, offset, n);
        at += n;
        return n;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
        written.write(buffer, offset, length);
        writes.add(Arrays.copyOfRange(buffer, offset, offset + length));
    }

    /** A gathering write is recorded as one write, as a socket channel makes it. */
    @Override
    public void write(ByteBuffer... sources) {
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        for (ByteBuffer source : sources) {
            byte[] b = new byte[source.remaining()];
            source.get(b);
            one.writeBytes(b);
        }
        byte[] all = one.toByteArray();
        write(all, 0, all.length);
    }

    @Override
    public void setReadTimeout(int millis) {
    }

    @Override
    public String describe() {
        return "script";
    }

    /** {@return whether the link was closed} */
    public boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
