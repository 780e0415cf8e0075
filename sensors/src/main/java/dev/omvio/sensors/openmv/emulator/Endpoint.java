package dev.omvio.sensors.openmv.emulator;

import dev.omvio.sensors.openmv.protocol.Link;

import java.io.Closeable;
import java.io.IOException;

/** Where the emulator meets its hosts, one at a time: a TCP port, a pseudo-terminal. */
interface Endpoint extends Closeable {
    /**
     * Waits for the next host.
     *
     * @return the link to it; closing the link ends that host's session
     * @throws IOException if waiting failed, or the endpoint was closed meanwhile
     */
    Link accept() throws IOException;

    /** {@return whether it still takes hosts (it was not closed)} */
    boolean isOpen();

    /** {@return where hosts reach it, for messages: {@code tcp 127.0.0.1:5555}, {@code pty /dev/pts/3}} */
    String describe();

    /** Stops taking hosts and ends the current host's session. */
    @Override
    void close() throws IOException;
}
