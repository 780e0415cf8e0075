package dev.omvio.sensors.openmv.protocol;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A byte pipe to the peer: a TCP socket, a serial port. Reads wait at most the timeout set,
 * then throw {@link java.net.SocketTimeoutException} (an {@link java.io.InterruptedIOException}).
 */
public interface Link extends Closeable {
    /**
     * Reads up to {@code length} bytes, waiting at most the read timeout for the first.
     *
     * @param buffer where the bytes go
     * @param offset the index in {@code buffer} of the first byte
     * @param length the most bytes to read, at least 1
     * @return the number of bytes read, 1..{@code length}, or -1 at the end of the stream (the
     *     peer closed the connection)
     * @throws java.io.InterruptedIOException if no byte came within the timeout (a
     *     {@link java.net.SocketTimeoutException}), or the thread was interrupted
     * @throws IOException if the link failed ({@link LinkClosedException} when the peer reset the
     *     connection)
     */
    int read(byte[] buffer, int offset, int length) throws IOException;

    /**
     * Sends bytes, all of them before it returns (or, for a link that keeps bytes back, at the
     * next {@link #flush()}). The sessions send a packet in one call, which the emulator's fault
     * injection counts on.
     *
     * @param buffer the bytes
     * @param offset the index in {@code buffer} of the first byte to send
     * @param length how many bytes to send
     * @throws IOException if the link failed or is closed ({@link LinkClosedException} when the
     *     peer reset the connection)
     */
    void write(byte[] buffer, int offset, int length) throws IOException;

    /**
     * Sends the bytes remaining in each buffer, in order, all of them before it returns, as
     * {@link #write(byte[], int, int)} would one buffer after the other. A link that can hands
     * them to the system in one gathering write, so that they reach the peer together without
     * being copied into one array first: a {@link SocketLink} whose socket has a channel, as the
     * emulator's has. Each buffer's position ends at its limit.
     *
     * @param sources the bytes, each buffer from its position to its limit
     * @throws IOException if the link failed or is closed ({@link LinkClosedException} when the
     *     peer reset the connection)
     */
    default void write(ByteBuffer... sources) throws IOException {
        for (ByteBuffer source : sources) {
            int n = source.remaining();
            if (source.hasArray()) {
                write(source.array(), source.arrayOffset() + source.position(), n);
                source.position(source.limit());
            } else {
                byte[] copy = new byte[n];
                source.get(copy);
                write(copy, 0, n);
            }
        }
    }

    /**
     * Sends whatever {@link #write(byte[], int, int) write} has kept back, for a link that keeps
     * bytes back ({@link CorkedLink}); nothing for the others, which send as they are written.
     *
     * @throws IOException if the link failed or is closed
     */
    default void flush() throws IOException {
    }

    /**
     * Sets how long a {@link #read(byte[], int, int) read} waits for its first byte.
     *
     * @param millis the timeout in milliseconds, or 0 to wait until a byte comes or the link is
     *     closed (a device waiting for its host's next command); negative values are taken as 0
     * @throws IOException if the link cannot set it (it is closed)
     */
    void setReadTimeout(int millis) throws IOException;

    /**
     * {@return what the link reaches, for messages: {@code tcp /127.0.0.1:5555},
     * {@code serial /dev/ttyACM0}}
     */
    String describe();
}
