package dev.omvio.cli;

import dev.omvio.sensors.openmv.protocol.ChannelInfo;
import dev.omvio.sensors.openmv.protocol.HostSession;
import dev.omvio.sensors.openmv.protocol.ProtocolException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code omvio camera run}: send a script to a camera, run it, print its output. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Send a MicroPython script to a camera, run it and print what it prints until it stops "
                + "(or Ctrl-C, which stops the script).")
final class CameraRunCommand implements Callable<Integer> {
    /** STDIN ioctls (specification 5.4). */
    static final int STDIN_STOP = 1;
    static final int STDIN_EXEC = 2;
    static final int STDIN_RESET = 3;
    /** How long a script that has not been seen running and prints nothing is given before the command ends. */
    static final int START_GRACE_MILLIS = 1000;
    static final int POLL_MILLIS = 20;
    /** The largest script sent (the emulator's stdin buffer; a camera's heap is smaller still). */
    static final long MAX_SCRIPT = 1 << 20;

    @Spec
    CommandSpec spec;

    @Mixin
    CameraOption camera;

    @Parameters(paramLabel = "SCRIPT", description = "The script to run, such as main.py.")
    Path script;

    private volatile boolean stopping;
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws IOException, InterruptedException {
        StreamFiles.requireNotFolder(script);
        if (Files.size(script) > MAX_SCRIPT) {
            throw new BadInputException(script + " is " + Files.size(script) + " bytes: a camera script is at most "
                    + MAX_SCRIPT);
        }
        byte[] source = Files.readAllBytes(script);
        if (source.length == 0) {
            throw new BadInputException(script + " is empty: nothing to run");
        }
        PrintWriter out = spec.commandLine().getOut();
        Thread hook = new Thread(() -> {
            stopping = true;
            try {
                stopped.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "omvio-camera-run-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (HostSession session = camera.connect()) {
            List<ChannelInfo> channels = session.channels();
            int stdin = id(channels, "stdin", session);
            int stdout = id(channels, "stdout", session);
            session.retrying(() -> {
                session.ioctl(stdin, STDIN_RESET);
                session.write(stdin, source);
                session.ioctl(stdin, STDIN_EXEC);
                return null;
            });
            long started = System.nanoTime();
            boolean seenRunning = false;
            while (true) {
                if (stopping) {
                    session.ioctl(stdin, STDIN_STOP);
                    break;
                }
                int bits = session.poll();
                boolean running = (bits & (1 << stdin)) != 0;
                seenRunning |= running;
                long size = session.retrying(() -> session.size(stdout));
                if (size > 0) {
                    byte[] text = session.retrying(() -> session.read(stdout, 0, (int) Math.min(size, 1 << 20)));
                    out.print(new String(text, StandardCharsets.UTF_8));
                    out.flush();
                    continue;
                }
                boolean inGrace = System.nanoTime() - started < START_GRACE_MILLIS * 1_000_000L;
                if (!running && (seenRunning || !inGrace)) {
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running
            }
        }
        out.flush();
        return 0;
    }

    private static int id(List<ChannelInfo> channels, String name, HostSession session) throws ProtocolException {
        return channels.stream().filter(c -> c.name().equals(name)).mapToInt(ChannelInfo::id).findFirst()
                .orElseThrow(() -> new ProtocolException("the camera at " + session.link().describe()
                        + " has no " + name + " channel"));
    }
}
