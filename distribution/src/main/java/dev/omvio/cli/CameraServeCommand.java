package dev.omvio.cli;

import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.Sensors;
import dev.omvio.sensors.openmv.emulator.CameraEmulator;
import dev.omvio.sensors.openmv.emulator.Faults;
import dev.omvio.sensors.openmv.protocol.Caps;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code omvio camera serve}: this machine as an OpenMV camera on a TCP port. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Look like an OpenMV camera on a TCP port: the OpenMV Protocol as the firmware speaks it, "
                + "with the stdin, stdout and stream channels; the stream carries the frames of a recording "
                + "(at its recorded pace, looped) or of any sensor driver. Runs until stopped (Ctrl-C).",
            "It cannot run MicroPython: a script sent to it is answered on stdout with a note and the "
                + "script's print(\"...\") lines."})
final class CameraServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--tcp", required = true, paramLabel = "PORT", description = "The TCP port to listen on (0: any free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address to listen on (default: loopback only).")
    String bind;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--sensor", paramLabel = "SPEC", description = "A sensor driver and its options, such as synthetic:pattern=bars.")
        String sensor;

        @Parameters(paramLabel = "FILE", description = "A recording to serve, looped.")
        Path file;
    }

    @Option(names = "--fault", paramLabel = "SPEC", description = "Faults to inject into what is sent, for tests: "
            + "drop=P,corrupt=P,garbage=P,split=P,delay=P,delayms=N,disconnect=N,seed=N.")
    String fault;

    @Option(names = "--max-payload", paramLabel = "N", description = "Largest max payload a host may set (default: the firmware's ${DEFAULT-VALUE}).")
    int maxPayload = Caps.DEFAULT_MAX_PAYLOAD;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new BadInputException("--tcp must be a port number 0..65535, got " + port);
        }
        if (maxPayload < Caps.MIN_PAYLOAD || maxPayload > 0xFFFF) {
            throw new BadInputException("--max-payload must be " + Caps.MIN_PAYLOAD + "..65535, got " + maxPayload);
        }
        Faults faults = fault == null ? Faults.NONE : Faults.parse(fault);
        String sensorSpec = source.sensor != null ? source.sensor : "replay:file=" + source.file + ",loop=true";
        InetAddress address = bind == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(bind);
        Sensor sensor = Sensors.open(sensorSpec);
        CameraEmulator emulator;
        try {
            emulator = CameraEmulator.start(sensor, address, port,
                    CameraEmulator.Options.DEFAULT.withFaults(faults).withMaxPayload(maxPayload));
        } catch (IOException | RuntimeException e) {
            sensor.close();
            throw e;
        }
        Thread stopper = new Thread(() -> closeQuietly(emulator), "omvio-emulator-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        emulator.onEvent(event -> {
            err.println("omvio camera serve: " + event);
            err.flush();
        });
        out.printf("omvio camera emulator on tcp %s:%d serving %s (it cannot run MicroPython); Ctrl-C to stop%n",
                address.getHostAddress(), emulator.port(), sensorSpec);
        out.flush();
        try {
            emulator.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(emulator);
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running
            }
        }
        return 0;
    }

    private static void closeQuietly(CameraEmulator emulator) {
        try {
            emulator.close();
        } catch (IOException e) {
            // stopping anyway
        }
    }
}
