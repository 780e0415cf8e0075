package dev.omvio.sensors.openmv.protocol;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link SocketLink} over a channel's socket (the emulator's) and a plain one (the host's). */
class SocketLinkTest {
    private static final byte[] FIRST = {1, 2, 3};
    private static final byte[] SECOND = new byte[100_000];

    static {
        for (int i = 0; i < SECOND.length; i++) {
            SECOND[i] = (byte) (i * 7);
        }
    }

    @Test
    void aGatheringWriteSendsEveryBufferInOrderOnEitherSocket() throws IOException {
        onEitherSocket(SocketLinkTest::assertGathered);
    }

    @Test
    void aResetConnectionIsAClosedLinkOnEitherSocket() throws IOException {
        onEitherSocket(SocketLinkTest::assertResetIsClosed);
    }

    /** A check of a link over one end of a loopback connection, given the other end. */
    @FunctionalInterface
    private interface Check {
        void run(SocketLink link, Socket peer) throws IOException;
    }

    private static void onEitherSocket(Check check) throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open()
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             Socket peer = new Socket(InetAddress.getLoopbackAddress(), server.socket().getLocalPort());
             SocketLink channelSide = new SocketLink(server.accept().socket())) {
            check.run(channelSide, peer);
        }
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket peer = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             SocketLink plainSide = new SocketLink(server.accept())) {
            check.run(plainSide, peer);
        }
    }

    private static void assertGathered(SocketLink link, Socket peer) throws IOException {
        ByteBuffer first = ByteBuffer.wrap(FIRST);
        ByteBuffer second = ByteBuffer.wrap(SECOND);
        Thread writer = new Thread(() -> {
            try {
                link.write(first, second);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        byte[] got = new byte[FIRST.length + SECOND.length];
        new DataInputStream(peer.getInputStream()).readFully(got);
        assertThat(got).isEqualTo(ScriptedLink.concat(FIRST, SECOND));
        try {
            writer.join(5000);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(first.hasRemaining() || second.hasRemaining()).isFalse();
    }

    private static void assertResetIsClosed(SocketLink link, Socket peer) throws IOException {
        peer.setSoLinger(true, 0);
        peer.close();
        assertThatThrownBy(() -> {
            for (int i = 0; i < 100; i++) {
                link.write(SECOND, 0, SECOND.length);
            }
        }).isInstanceOf(LinkClosedException.class).hasMessageContaining("was closed");
    }
}
