package dev.omvio.sensors.openmv;

import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.Sensors;
import dev.omvio.sensor.spi.DriverOptions;
import dev.omvio.sensor.spi.SensorDriver;
import dev.omvio.sensors.openmv.protocol.Caps;
import dev.omvio.sensors.openmv.protocol.HostSession;
import dev.omvio.sensors.openmv.protocol.Link;
import dev.omvio.sensors.openmv.protocol.Packet;
import dev.omvio.sensors.openmv.protocol.SocketLink;
import dev.omvio.stream.StreamClock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import java.io.IOException;

/**
 * The {@code openmv} driver: a live OpenMV camera speaking the OpenMV Protocol, over TCP
 * ({@code openmv:tcp=HOST:PORT}, a camera on WiFi or {@code omvio camera serve}) or a serial
 * port ({@code openmv:port=/dev/ttyACM0[,baud=921600]}, USB; needs jSerialComm at run time).
 * Other options: {@code timeout} (ms a packet is awaited, default 1000), {@code retries}
 * (resynchronisations per call, default 3), {@code wait} (ms a frame is awaited, default 10000),
 * {@code crc}, {@code ack} (capabilities), {@code payload} (max payload asked, at most what the
 * device offers), {@code maxframe} (largest frame accepted in bytes, default 32 MiB),
 * {@code pipeline} (send a frame's commands together, default true; see docs/SENSORS.md).
 *
 * <p>Capabilities by default: on a serial port the firmware's (CRC and ACK on, 4082-byte
 * packets), since a serial line can drop and garble bytes. Over TCP, which already delivers
 * every byte once, in order and checksummed, CRC and ACK are switched off (the specification
 * lets the host negotiate both) and the largest payload the 16-bit length can state is asked
 * for; a real camera offers 4082 and keeps it, the emulator may offer more. {@code crc=true,ack=true}
 * restores the firmware's checks over TCP, e.g. when faults are injected.
 */
@Component(service = SensorDriver.class, immediate = true)
public final class OpenMvDriver implements SensorDriver {
    /** The driver's name. */
    public static final String NAME = "openmv";

    /** The driver, as {@link java.util.ServiceLoader} makes it. */
    public OpenMvDriver() {
    }

    /** Inside OSGi: hands the driver to {@link Sensors}, which does not see other bundles' services. */
    @Activate
    void activate() {
        Sensors.register(this);
    }

    @Deactivate
    void deactivate() {
        Sensors.unregister(this);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a live OpenMV camera: tcp=<host>:<port> or port=<serial device>[,baud=N]";
    }

    @Override
    public Sensor open(DriverOptions options, StreamClock clock) throws IOException {
        options.requireOnly("tcp", "port", "baud", "timeout", "retries", "wait", "crc", "ack", "payload", "maxframe",
                "pipeline");
        int wait = options.integer("wait", 10_000);
        int maxFrame = options.integer("maxframe", 32 << 20);
        boolean pipeline = options.bool("pipeline", true);
        HostSession session = connect(options);
        try {
            return OpenMvSensor.open(session, clock, wait, maxFrame, pipeline);
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /**
     * A connected, synchronised session with the camera {@code options} name (tcp= or port=),
     * for tools that speak to a camera without streaming from it (the CLI's camera commands).
     *
     * @param options the driver's options: {@code tcp} or {@code port} (with {@code baud}),
     *     {@code timeout}, {@code retries}, {@code crc}, {@code ack} and {@code payload}; others
     *     are not looked at
     * @return the session, its capabilities negotiated; the caller closes it
     * @throws IllegalArgumentException if neither or both of tcp= and port= are given, or a value
     *     is malformed or out of range
     * @throws dev.omvio.sensors.openmv.protocol.ProtocolException if the camera does not answer
     *     the synchronisation or breaks the protocol (a
     *     {@link dev.omvio.sensors.openmv.protocol.ProtocolTimeoutException} when nothing answers)
     * @throws IOException if the connection or the serial port cannot be opened (jSerialComm
     *     missing, no such port, connection refused)
     */
    public static HostSession connect(DriverOptions options) throws IOException {
        int timeout = options.integer("timeout", 1000);
        boolean serial = options.get("tcp").isEmpty();
        HostSession.Options how = new HostSession.Options(timeout, options.integer("retries", 3),
                new Caps(options.bool("crc", serial), true, options.bool("ack", serial), true,
                        options.integer("payload", serial ? Caps.DEFAULT_MAX_PAYLOAD : Packet.MAX_LENGTH)));
        Link link = link(options, timeout);
        HostSession session = new HostSession(link, how);
        try {
            session.connect();
            return session;
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private static Link link(DriverOptions options, int timeout) throws IOException {
        var tcp = options.get("tcp");
        var port = options.get("port");
        if (tcp.isPresent() == port.isPresent()) {
            throw new IllegalArgumentException(NAME + " needs one of tcp=<host>:<port> or port=<serial device>");
        }
        if (tcp.isPresent()) {
            String address = tcp.get();
            int colon = address.lastIndexOf(':');
            int number;
            try {
                number = colon < 1 ? -1 : Integer.parseInt(address.substring(colon + 1));
            } catch (NumberFormatException e) {
                number = -1;
            }
            if (number < 1 || number > 65535) {
                throw new IllegalArgumentException("tcp=" + address + " is not <host>:<port>");
            }
            return SocketLink.connect(address.substring(0, colon), number, Math.max(timeout, 1000));
        }
        return SerialPorts.open(port.get(), options.integer("baud", 921_600));
    }
}
