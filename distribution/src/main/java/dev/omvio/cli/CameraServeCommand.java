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

/** {@code omvio camera serve}: this machine as an OpenMV camera on a TCP port or a pseudo-terminal. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Look like an OpenMV camera on a TCP port, or on a pseudo-terminal for serial tools (Linux, "
                + "macOS): the OpenMV Protocol as the firmware speaks it, "
                + "with the stdin, stdout and stream channels; the stream carries the frames of a recording "
                + "(at its recorded pace, looped) or of any sensor driver. Runs until stopped (Ctrl-C).",
            "It cannot run MicroPython: a script sent to it is answered on stdout with a note and the "
                + "script's print(\"...\") lines."})
final class CameraServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--tcp", paramLabel = "PORT", description = "The TCP port to listen on (0: any free one).")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "With --tcp: the address to listen on (default: loopback only).")
    String bind;

    @Option(names = "--pty", description = "Serve on a new pseudo-terminal instead (Linux, macOS): open the device "
            + "it prints (such as /dev/pts/3) as a camera's USB serial port, e.g. openmv:port=/dev/pts/3.")
    boolean pty;

    @Option(names = "--link", paramLabel = "PATH", description = "With --pty: a symbolic link to its device at PATH, "
            + "a stable name for serial tools (a symbolic link there is replaced; removed on exit).")
    Path link;

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
        if ((port == null) == !pty) {
            throw new BadInputException("camera serve needs one of --tcp PORT or --pty");
        }
        if (pty ? bind != null : link != null) {
            throw new BadInputException(pty ? "--bind goes with --tcp, not --pty" : "--link goes with --pty, not --tcp");
        }
        if (!pty && (port < 0 || port > 65535)) {
            throw new BadInputException("--tcp must be a port number 0..65535, got " + port);
        }
        if (maxPayload < Caps.MIN_PAYLOAD || maxPayload > 0xFFFF) {
            throw new BadInputException("--max-payload must be " + Caps.MIN_PAYLOAD + "..65535, got " + maxPayload);
        }
        Faults faults = fault == null ? Faults.NONE : Faults.parse(fault);
        String sensorSpec = source.sensor != null ? source.sensor : "replay:file=" + source.file + ",loop=true";
        InetAddress address = bind == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(bind);
        CameraEmulator.Options options = CameraEmulator.Options.DEFAULT.withFaults(faults).withMaxPayload(maxPayload);
        Sensor sensor = Sensors.open(sensorSpec);
        CameraEmulator emulator;
        try {
            emulator = pty ? CameraEmulator.startOnPty(sensor, link, options)
                    : CameraEmulator.start(sensor, address, port, options);
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
        out.printf("omvio camera emulator on %s serving %s (it cannot run MicroPython); Ctrl-C to stop%n",
                emulator.address(), sensorSpec);
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
