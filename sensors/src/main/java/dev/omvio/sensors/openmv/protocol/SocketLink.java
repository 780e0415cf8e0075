package dev.omvio.sensors.openmv.protocol;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/** A {@link Link} over a TCP socket, Nagle's delay off (packets are small and answered at once). */
public final class SocketLink implements Link {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    /**
     * Wraps a connected socket and switches Nagle's algorithm off.
     *
     * @param socket a connected socket; the link owns it from now on, and {@link #close()}
     *     closes it
     * @throws IOException if the socket is not connected or is closed
     */
    public SocketLink(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /**
     * Connects to {@code host:port}.
     *
     * @param host a host name or an IP address
     * @param port the TCP port, 0..65535
     * @param connectMillis how long to wait for the connection, in milliseconds (0: no limit)
     * @return the connected link
     * @throws java.net.UnknownHostException if {@code host} cannot be resolved
     * @throws java.net.SocketTimeoutException if the connection is not made in time
     * @throws IOException if the connection is refused or fails otherwise
     * @throws IllegalArgumentException if {@code port} or {@code connectMillis} is out of range
     */
    public static SocketLink connect(String host, int port, int connectMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), connectMillis);
            return new SocketLink(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    // A peer that closes with bytes unread resets the connection: that is a close too. Every
    // failure of a socket's stream but a timeout or an interrupt is the connection gone (a plain
    // socket's is a SocketException; a channel's socket throws a bare IOException).
    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return in.read(buffer, offset, length);
        } catch (InterruptedIOException timeout) {
            throw timeout;
        } catch (IOException reset) {
            throw closed(reset);
        }
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        try {
            out.write(buffer, offset, length);
        } catch (InterruptedIOException interrupted) {
            throw interrupted;
        } catch (IOException reset) {
            throw closed(reset);
        }
    }

    // One gathering write when the socket has a channel (the JDK's own copy into native memory
    // is the only one); the buffers one after the other otherwise.
    @Override
    public void write(ByteBuffer... sources) throws IOException {
        SocketChannel channel = socket.getChannel();
        if (channel == null) {
            Link.super.write(sources);
            return;
        }
        long left = 0;
        for (ByteBuffer source : sources) {
            left += source.remaining();
        }
        try {
            while (left > 0) {
                left -= channel.write(sources);
            }
        } catch (InterruptedIOException interrupted) {
            throw interrupted;
        } catch (IOException reset) {
            throw closed(reset);
        }
    }

    private LinkClosedException closed(IOException e) {
        LinkClosedException closed = new LinkClosedException("the connection to " + describe() + " was closed ("
                + e.getMessage() + ")");
        closed.initCause(e);
        return closed;
    }

    @Override
    public void setReadTimeout(int millis) throws IOException {
        socket.setSoTimeout(Math.max(0, millis));
    }

    @Override
    public String describe() {
        return "tcp " + socket.getRemoteSocketAddress();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
