package dev.omvio.sensors.openmv.protocol;

import java.io.Closeable;
import java.io.IOException;

/**
 * A byte pipe to the peer: a TCP socket, a serial port. Reads wait at most the timeout set,
 * then throw {@link java.net.SocketTimeoutException} (an {@link java.io.InterruptedIOException}).
 */
public interface Link extends Closeable {
    /**
     * Reads up to {@code length} bytes, waiting at most the read timeout for the first.
     *
     * @return the bytes read, or -1 at the end of the stream
     * @throws java.io.InterruptedIOException if no byte came within the timeout
     */
    int read(byte[] buffer, int offset, int length) throws IOException;

    /** Sends all of {@code length} bytes. */
    void write(byte[] buffer, int offset, int length) throws IOException;

    /** Sets how long a read waits, in milliseconds (at least 1). */
    void setReadTimeout(int millis) throws IOException;

    /** What the link reaches, for messages: {@code tcp 127.0.0.1:5555}, {@code serial /dev/ttyACM0}. */
    String describe();
}
