package dev.omvio.sensors.openmv.emulator;

import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.Sensors;

import java.io.IOException;
import java.net.InetAddress;

/** An application that serves a camera on TCP, then on a pseudo-terminal, and prints how that went. */
final class PtyProgram {
    private PtyProgram() {
    }

    public static void main(String[] args) throws IOException {
        try (CameraEmulator tcp = CameraEmulator.start(Sensors.open("synthetic:pattern=bars"),
                InetAddress.getLoopbackAddress(), 0, CameraEmulator.Options.DEFAULT)) {
            System.out.println("serving on tcp port " + (tcp.port() > 0));
        }
        Sensor sensor = Sensors.open("synthetic:pattern=bars");
        try (CameraEmulator emulator = CameraEmulator.startOnPty(sensor, null, CameraEmulator.Options.DEFAULT)) {
            System.out.println("serving on " + emulator.address());
        } catch (IOException e) {
            sensor.close();
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
