package dev.omvio.sensors.openmv.emulator;

import dev.omvio.sensors.openmv.protocol.Link;
import dev.omvio.sensors.openmv.protocol.SocketLink;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Hosts connecting to a TCP port. */
final class TcpEndpoint implements Endpoint {
    private final ServerSocket server;
    private volatile Link client;

    private TcpEndpoint(ServerSocket server) {
        this.server = server;
    }

    /** Listens on {@code port} (0: any free one) of {@code address} (null: all of this machine's). */
    static TcpEndpoint bind(InetAddress address, int port) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            server.close();
            throw e;
        }
        return new TcpEndpoint(server);
    }

    /** {@return the port it listens on} */
    int port() {
        return server.getLocalPort();
    }

    @Override
    public Link accept() throws IOException {
        Socket s = server.accept();
        try {
            client = new SocketLink(s);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        return client;
    }

    @Override
    public boolean isOpen() {
        return !server.isClosed();
    }

    @Override
    public String describe() {
        return "tcp " + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort();
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
