package dev.omvio.cli;

import dev.omvio.sensor.spi.DriverOptions;
import dev.omvio.sensors.openmv.OpenMvDriver;
import dev.omvio.sensors.openmv.protocol.HostSession;

import picocli.CommandLine.Option;

import java.io.IOException;

/** The {@code --sensor openmv:...} of the camera commands that talk to a camera (a picocli mixin). */
final class CameraOption {
    @Option(names = "--sensor", required = true, paramLabel = "SPEC",
            description = "The camera: openmv:tcp=<host>:<port> or openmv:port=<serial device>[,baud=N].")
    String spec;

    /**
     * A synchronised session with the camera the option names.
     *
     * @throws BadInputException if the spec is not {@code openmv:...}
     */
    HostSession connect() throws IOException {
        int colon = spec.indexOf(':');
        if (colon < 0 || !spec.substring(0, colon).equals(OpenMvDriver.NAME)) {
            throw new BadInputException("--sensor must name a camera: openmv:tcp=<host>:<port> or "
                    + "openmv:port=<serial device>, got '" + spec + "'");
        }
        return OpenMvDriver.connect(DriverOptions.parse(spec.substring(colon + 1)));
    }
}
