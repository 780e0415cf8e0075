package dev.omvio.sensors.openmv.emulator;

import dev.omvio.sensor.Sensor;
import dev.omvio.sensors.openmv.protocol.Caps;
import dev.omvio.sensors.openmv.protocol.DeviceSession;
import dev.omvio.sensors.openmv.protocol.Link;
import dev.omvio.sensors.openmv.protocol.SocketLink;
import dev.omvio.sensors.openmv.protocol.SystemInfo;
import dev.omvio.sensors.openmv.protocol.VersionInfo;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.function.Consumer;

/**
 * This machine as an OpenMV camera on a TCP port: the OpenMV Protocol as the firmware speaks it
 * ({@link DeviceSession}), with the stdin, stdout and stream channels, the frames of a
 * {@link Sensor} on the stream channel, and optional {@link Faults} in what it sends. One host
 * is served at a time; the next one to connect is served when it leaves, and the stream goes on
 * where it was.
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

    private final ServerSocket server;
    private final Sensor sensor;
    private final Options options;
    private final StreamChannel stream;
    private final StdioChannels stdio = new StdioChannels();
    private final Thread acceptor;
    private volatile Socket client;
    private volatile Consumer<String> log = message -> { };
    private volatile IOException failure;

    private CameraEmulator(ServerSocket server, Sensor sensor, Options options) {
        this.server = server;
        this.sensor = sensor;
        this.options = options;
        this.stream = new StreamChannel(sensor);
        this.acceptor = new Thread(this::acceptLoop, "omvio-emulator-" + server.getLocalPort());
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
        ServerSocket server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            server.close();
            throw e;
        }
        CameraEmulator emulator = new CameraEmulator(server, sensor, options);
        emulator.stream.start();
        emulator.acceptor.start();
        return emulator;
    }

    /** {@return the TCP port it listens on (the one picked, when started on port 0)} */
    public int port() {
        return server.getLocalPort();
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
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                client = s;
                log.accept("host connected from " + s.getRemoteSocketAddress());
                serve(new SocketLink(s));
                log.accept("host left");
            } catch (IOException | RuntimeException e) {
                if (!server.isClosed()) {
                    failure = e instanceof IOException io ? io : new IOException(e.toString(), e);
                    log.accept("connection failed: " + e);
                }
            } finally {
                client = null;
            }
        }
    }

    private void serve(Link socket) throws IOException {
        Link link = options.faults().equals(Faults.NONE) ? socket : new FaultyLink(socket, options.faults());
        SystemInfo info = new SystemInfo(0x410FC271, "4F4D5649" + "4F454D55" + "4C41544F", USB_VID, USB_PID,
                new int[] {0, 0, 0}, 1 << 4, 0, 0, 0, 0);
        DeviceSession session = new DeviceSession(link,
                List.of(stdio.stdin, stdio.stdout, stream),
                new Caps(true, true, true, true, options.maxPayload()),
                VersionInfo.encode(PROTOCOL_VERSION, new int[] {0, 0, 0}, FIRMWARE_VERSION),
                info.encode(), options.rtxRetries(), options.rtxTimeoutMillis());
        session.serve();
    }

    /** Stops serving, disconnects the host and closes the sensor. */
    @Override
    public void close() throws IOException {
        server.close();
        Socket s = client;
        if (s != null) {
            s.close();
        }
        stream.stop();
        try {
            acceptor.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sensor.close();
    }
}
