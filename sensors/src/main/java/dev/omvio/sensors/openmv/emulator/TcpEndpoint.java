package dev.omvio.sensors.openmv.emulator;

import dev.omvio.sensors.openmv.protocol.Link;
import dev.omvio.sensors.openmv.protocol.SocketLink;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * Hosts connecting to a TCP port. A host's socket is a channel's, in blocking mode: while the
 * device waits for the next command without a timeout, as it mostly does, a read is one system
 * call; a plain socket read once with a timeout (as the device's first answers, awaiting their
 * acknowledgment, are) would wait in three ever after.
 */
final class TcpEndpoint implements Endpoint {
    private final ServerSocketChannel server;
    private volatile Link client;

    private TcpEndpoint(ServerSocketChannel server) {
        this.server = server;
    }

    /** Listens on {@code port} (0: any free one) of {@code address} (null: all of this machine's). */
    static TcpEndpoint bind(InetAddress address, int port) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open();
        try {
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            server.close();
            throw e;
        }
        return new TcpEndpoint(server);
    }

    /** {@return the port it listens on} */
    int port() {
        return server.socket().getLocalPort();
    }

    @Override
    public Link accept() throws IOException {
        SocketChannel s = server.accept();
        try {
            client = new SocketLink(s.socket());
        } catch (IOException e) {
            s.close();
            throw e;
        }
        return client;
    }

    @Override
    public boolean isOpen() {
        return server.isOpen();
    }

    @Override
    public String describe() {
        return "tcp " + server.socket().getInetAddress().getHostAddress() + ":" + server.socket().getLocalPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
        Link c = client;
        if (c != null) {
            c.close();
        }
    }
}
