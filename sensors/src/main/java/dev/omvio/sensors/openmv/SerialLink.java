package dev.omvio.sensors.openmv;

import com.fazecast.jSerialComm.SerialPort;
import dev.omvio.sensors.openmv.protocol.Link;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/** A {@link Link} over a serial port (a camera's USB CDC port), through jSerialComm. */
final class SerialLink implements Link {
    private final SerialPort port;

    private SerialLink(SerialPort port) {
        this.port = port;
    }

    static SerialLink open(String device, int baud) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(device);
        } catch (RuntimeException e) {
            throw new IOException("no serial port " + device + ": " + e.getMessage(), e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, 1000, 1000);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + device + " (error " + port.getLastErrorCode()
                    + "; on Linux, is the user in the dialout group?)");
        }
        return new SerialLink(port);
    }

    static List<SerialPorts.Port> list(int[] vids) {
        List<SerialPorts.Port> found = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            for (int vid : vids) {
                if (p.getVendorID() == vid) {
                    found.add(new SerialPorts.Port(p.getSystemPortPath(), vid, p.getProductID(),
                            p.getPortDescription()));
                }
            }
        }
        return found;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = port.readBytes(buffer, length, offset);
        if (n < 0) {
            throw new IOException("serial port " + port.getSystemPortPath() + " failed (error " + port.getLastErrorCode() + ")");
        }
        if (n == 0) {
            throw new SocketTimeoutException("no byte from " + port.getSystemPortPath() + " in time");
        }
        return n;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int n = port.writeBytes(buffer, length - done, offset + done);
            if (n <= 0) {
                throw new IOException("cannot write to serial port " + port.getSystemPortPath());
            }
            done += n;
        }
    }

    @Override
    public void setReadTimeout(int millis) {
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                Math.max(0, millis), 1000); // semi-blocking with 0: until a byte comes
    }

    @Override
    public String describe() {
        return "serial " + port.getSystemPortPath();
    }

    @Override
    public void close() {
        port.closePort();
    }
}
