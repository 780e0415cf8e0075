package dev.omvio.sensors.openmv.emulator;

import dev.omvio.sensor.Sensor;
import dev.omvio.sensors.openmv.protocol.Caps;
import dev.omvio.sensors.openmv.protocol.CorkedLink;
import dev.omvio.sensors.openmv.protocol.DeviceSession;
import dev.omvio.sensors.openmv.protocol.Link;
import dev.omvio.sensors.openmv.protocol.SystemInfo;
import dev.omvio.sensors.openmv.protocol.VersionInfo;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * This machine as an OpenMV camera on a TCP port or a pseudo-terminal: the OpenMV Protocol as
 * the firmware speaks it ({@link DeviceSession}), with the stdin, stdout and stream channels,
 * the frames of a {@link Sensor} on the stream channel, and optional {@link Faults} in what it
 * sends. One host is served at a time; the next one to connect (or to open the pseudo-terminal)
 * is served when it leaves, and the stream goes on where it was.
 */
public final class CameraEmulator implements Closeable {
    /** The protocol version the emulator speaks. */
    public static final int[] PROTOCOL_VERSION = {1, 0, 0};
    /** The firmware version it reports: the first to speak this protocol (see docs/SENSORS.md). */
    public static final int[] FIRMWARE_VERSION = {4, 7, 0};
    /** The USB vendor id it reports (pid.codes, the OpenMV Cam's). */
    public static final int USB_VID = 0x1209;
    /** The USB product id it reports (the OpenMV Cam's). */
    public static final int USB_PID = 0xABD1;

    /**
     * How the emulator behaves.
     *
     * @param faults faults injected into what it sends
     * @param maxPayload the largest max payload a host may set (the firmware: 4082)
     * @param rtxRetries retransmissions of an unacknowledged packet (the firmware: 3)
     * @param rtxTimeoutMillis first retransmission timeout (the firmware: 500)
     */
    public record Options(Faults faults, int maxPayload, int rtxRetries, int rtxTimeoutMillis) {
        /** The firmware's values, no fault. */
        public static final Options DEFAULT = new Options(Faults.NONE, Caps.DEFAULT_MAX_PAYLOAD, 3, 500);

        /**
         * Other faults.
         *
         * @param f the faults to inject, {@link Faults#NONE} for none
         * @return these options with {@code f} as their faults
         */
        public Options withFaults(Faults f) {
            return new Options(f, maxPayload, rtxRetries, rtxTimeoutMillis);
        }

        /**
         * Another largest max payload.
         *
         * @param n the largest max payload a host may set, in bytes, from {@link Caps#MIN_PAYLOAD}
         *     to {@link dev.omvio.sensors.openmv.protocol.Packet#MAX_LENGTH}; it is also what
         *     PROTO_GET_CAPS offers
         * @return these options with {@code n} as their max payload
         */
        public Options withMaxPayload(int n) {
            return new Options(faults, n, rtxRetries, rtxTimeoutMillis);
        }
    }

    private final Endpoint endpoint;
    private final Sensor sensor;
    private final Options options;
    private final StreamChannel stream;
    private final StdioChannels stdio = new StdioChannels();
    private final Thread acceptor;
    private volatile Consumer<String> log = message -> { };
    private volatile IOException failure;

    private CameraEmulator(Endpoint endpoint, Sensor sensor, Options options) {
        this.endpoint = endpoint;
        this.sensor = sensor;
        this.options = options;
        this.stream = new StreamChannel(sensor);
        this.acceptor = new Thread(this::acceptLoop, "omvio-emulator " + endpoint.describe());
        acceptor.setDaemon(true);
    }

    /**
     * Starts serving {@code sensor}'s frames on {@code port} (0: any free port) of
     * {@code address}; the emulator closes the sensor when it is closed. Frames are taken from
     * the sensor once a host has switched streaming on, and no faster than hosts read them.
     *
     * @param sensor the sensor whose frames the stream channel offers; the emulator owns it
     * @param address the address to listen on, such as the loopback address; null for all of
     *     this machine's
     * @param port the TCP port, 0..65535; 0 picks a free one, which {@link #port()} tells
     * @param options faults, max payload and retransmission settings
     * @return the running emulator, listening already; {@link #close()} stops it
     * @throws IOException if the port cannot be bound (in use, or not allowed)
     * @throws IllegalArgumentException if {@code port} is out of range
     */
    public static CameraEmulator start(Sensor sensor, InetAddress address, int port, Options options) throws IOException {
        return start(TcpEndpoint.bind(address, port), sensor, options);
    }

    /**
     * Starts serving {@code sensor}'s frames on a new pseudo-terminal (Linux and macOS), for
     * serial tools: a host opens its slave device ({@link #device()}) as it would a camera's USB
     * serial port, such as {@code openmv:port=/dev/pts/3}. As on a camera's serial port, the
     * firmware's capabilities are in force until a host changes them (CRC and ACK on, 4082-byte
     * packets). A host that closes the device ends its session; the next one to open it and
     * send something is served. The emulator closes the sensor when it is closed.
     *
     * @param sensor the sensor whose frames the stream channel offers; the emulator owns it
     * @param link where to make a symbolic link to the slave device, a stable name for tools
     *     (a symbolic link already there is replaced, and the link is removed on close); null
     *     for none
     * @param options faults, max payload and retransmission settings
     * @return the running emulator; {@link #close()} stops it and closes the pseudo-terminal
     * @throws java.nio.file.FileAlreadyExistsException if {@code link} exists and is not a
     *     symbolic link (it is left alone)
     * @throws IOException in one line if this is not Linux or macOS, JNA (an optional
     *     dependency) is missing, or the pseudo-terminal or the link cannot be made
     */
    public static CameraEmulator startOnPty(Sensor sensor, Path link, Options options) throws IOException {
        return start(PtyEndpoint.open(link), sensor, options);
    }

    private static CameraEmulator start(Endpoint endpoint, Sensor sensor, Options options) {
        CameraEmulator emulator = new CameraEmulator(endpoint, sensor, options);
        emulator.stream.start();
        emulator.acceptor.start();
        return emulator;
    }

    /** {@return the TCP port it listens on (the one picked, when started on port 0); -1 on a pseudo-terminal} */
    public int port() {
        return endpoint instanceof TcpEndpoint tcp ? tcp.port() : -1;
    }

    /**
     * {@return the pseudo-terminal's slave device that hosts open, such as {@code /dev/pts/3};
     * null on TCP}
     */
    public Path device() {
        return endpoint instanceof PtyEndpoint pty ? pty.device() : null;
    }

    /** {@return where hosts reach it, for messages: {@code tcp 127.0.0.1:5555}, {@code pty /dev/pts/3}} */
    public String address() {
        return endpoint.describe();
    }

    /**
     * Appends text to the stdout channel, as a script's {@code print} would on a camera; the
     * channel keeps the last 1024 bytes.
     *
     * @param text the text, sent as UTF-8
     */
    public void print(String text) {
        stdio.print(text);
    }

    /**
     * Sets where to tell of hosts connecting and leaving (and why a connection failed); nowhere
     * by default.
     *
     * @param listener receives one line per event, on the emulator's thread
     */
    public void onEvent(Consumer<String> listener) {
        this.log = listener;
    }

    /**
     * {@return why the sensor stopped giving frames, else why the last host's connection failed,
     * or null if neither did (a host that leaves in order is no failure)}
     */
    public IOException failure() {
        IOException sensorFailure = stream.failure();
        return sensorFailure != null ? sensorFailure : failure;
    }

    /**
     * Waits until the emulator is closed, by {@link #close()} from another thread.
     *
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public void awaitClose() throws InterruptedException {
        acceptor.join();
    }

    private void acceptLoop() {
        while (endpoint.isOpen()) {
            try {
                try (Link host = endpoint.accept()) {
                    log.accept("host connected: " + host.describe());
                    serve(host);
                }
                log.accept("host left"); // and its link closed: on a pty, what it left unread is gone
            } catch (IOException | RuntimeException e) {
                if (endpoint.isOpen()) {
                    failure = e instanceof IOException io ? io : new IOException(e.toString(), e);
                    log.accept("connection failed: " + e);
                }
            }
        }
    }

    private void serve(Link socket) throws IOException {
        // Without faults, the answers to pipelined commands go out together; fault injection
        // needs each packet written on its own.
        Link link = options.faults().equals(Faults.NONE) ? new CorkedLink(socket) : new FaultyLink(socket, options.faults());
        SystemInfo info = new SystemInfo(0x410FC271, "4F4D5649" + "4F454D55" + "4C41544F", USB_VID, USB_PID,
                new int[] {0, 0, 0}, 1 << 4, 0, 0, 0, 0);
        DeviceSession session = new DeviceSession(link,
                List.of(stdio.stdin, stdio.stdout, stream),
                new Caps(true, true, true, true, options.maxPayload()),
                VersionInfo.encode(PROTOCOL_VERSION, new int[] {0, 0, 0}, FIRMWARE_VERSION),
                info.encode(), options.rtxRetries(), options.rtxTimeoutMillis());
        session.serve();
    }

    /** Stops serving, disconnects the host and closes the sensor (and the pseudo-terminal). */
    @Override
    public void close() throws IOException {
        endpoint.close();
        stream.stop();
        try {
            acceptor.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sensor.close();
    }
}
