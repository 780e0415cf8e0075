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

    /** Whether jSerialComm is on the class or module path. */
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
     * @throws IOException if jSerialComm is missing, in one line that says what to add
     */
    public static Link open(String device, int baud) throws IOException {
        requireLibrary();
        return SerialLink.open(device, baud);
    }

    /** The serial ports whose USB vendor id is OpenMV's; empty without jSerialComm. */
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
