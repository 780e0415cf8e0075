package dev.omvio.sensors.openmv;

import dev.omvio.sensors.openmv.protocol.Link;

import java.io.IOException;
import java.util.List;

/**
 * Serial ports through jSerialComm, an optional dependency: its classes are touched only here
 * and in {@link SerialLink}, and only when a serial port is used, so everything else works
 * without it.
 */
public final class SerialPorts {
    /** OpenMV's USB vendor ids: pid.codes' (the classic OpenMV Cams) and OpenMV LLC's own. */
    public static final int[] OPENMV_VIDS = {0x1209, 0x37C5};

    private SerialPorts() {
    }

    /**
     * A serial port that looks like an OpenMV camera.
     *
     * @param device the system's name for it, such as {@code /dev/ttyACM0} or {@code COM3}
     * @param vid the USB vendor id
     * @param pid the USB product id
     * @param description what the system calls it
     */
    public record Port(String device, int vid, int pid, String description) {
    }

    /**
     * {@return whether jSerialComm can be loaded here: on the class path, or on the module path
     * and read by this module}
     */
    public static boolean available() {
        try {
            Class.forName("com.fazecast.jSerialComm.SerialPort", false, SerialPorts.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Opens {@code device} at {@code baud} (8N1).
     *
     * @param device the system's name for the port, such as {@code /dev/ttyACM0} or {@code COM3}
     * @param baud the line rate in bits per second, set as the port's line coding (the driver's
     *     default is 921600)
     * @return the open port as a link; the caller closes it
     * @throws IOException if jSerialComm is missing, in one line that says what to add, or the
     *     port does not exist or cannot be opened (on Linux, often a user not in the
     *     {@code dialout} group)
     */
    public static Link open(String device, int baud) throws IOException {
        requireLibrary();
        return SerialLink.open(device, baud);
    }

    /**
     * {@return the serial ports whose USB vendor id is one of {@link #OPENMV_VIDS}, in the
     * system's order; empty without jSerialComm}
     */
    public static List<Port> openMvPorts() {
        return available() ? SerialLink.list(OPENMV_VIDS) : List.of();
    }

    private static void requireLibrary() throws IOException {
        if (!available()) {
            throw new IOException("serial ports need jSerialComm (com.fazecast:jSerialComm) on the class or "
                    + "module path; tcp=<host>:<port> works without it");
        }
    }
}
