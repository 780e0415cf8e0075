import dev.omvio.image.Image;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.Sensors;
import dev.omvio.sensor.spi.SensorDriver;

import java.util.stream.Collectors;

/**
 * Run by DriverDiscoveryIT in a JVM of its own (source-file mode) with nothing but the jars on
 * the class path or module path: prints the drivers found and two frames of the sensor named by
 * the first argument.
 */
public class DriverProbe {
    public static void main(String[] args) throws Exception {
        System.out.println("drivers=" + Sensors.drivers().stream().map(SensorDriver::name).sorted()
                .collect(Collectors.joining(",")));
        try (Sensor sensor = Sensors.open(args[0])) {
            for (int i = 0; i < 2; i++) {
                Image frame = sensor.snapshot();
                StringBuilder line = new StringBuilder("frame=" + frame + " data=");
                for (byte value : frame.toByteArray()) {
                    line.append(value & 0xFF).append(' ');
                }
                System.out.println(line.toString().trim());
            }
        }
    }
}
