package dev.omvio.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link Recorder} running in a JVM of its own, and what it has reported so far. */
public final class RecorderProcess {
    private final Process process;
    private final AtomicInteger lastSynced = new AtomicInteger();
    private final CountDownLatch started = new CountDownLatch(1);
    private final StringBuilder output = new StringBuilder();
    private final Thread reader;

    private RecorderProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::readReports, "recorder-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a recorder on {@code file}: see {@link Recorder} for the arguments. */
    public static RecorderProcess start(Path file, String mode, FramePattern pattern, int frames, int syncEvery,
            long pauseMillis) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx64m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Recorder.class.getName(),
                file.toString(), mode, pattern.name(), Integer.toString(frames), Integer.toString(syncEvery), Long.toString(pauseMillis))
                .redirectErrorStream(true)
                .start();
        return new RecorderProcess(process);
    }

    private void readReports() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                if (line.startsWith("started ")) {
                    started.countDown();
                } else if (line.startsWith("synced ")) {
                    lastSynced.set(Integer.parseInt(line.substring("synced ".length())));
                }
            }
        } catch (IOException e) {
            // the process was killed mid-line: what was reported before stands
        }
    }

    /** Waits until the recorder has opened its file. */
    public void awaitStarted() throws InterruptedException {
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("recorder did not start: " + output());
        }
    }

    /** Whether the recorder has reported that its file is open. */
    public boolean hasStarted() {
        return started.getCount() == 0;
    }

    /** The frame count the recorder last reported as synced, 0 before any sync. */
    public int lastSynced() {
        return lastSynced.get();
    }

    /** Kills the recorder with SIGKILL (on Linux) and waits for it to be gone and its reports read. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(10_000);
    }

    /** Whether the recorder is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits for the recorder to finish on its own.
     *
     * @throws IllegalStateException if it fails or does not finish in time
     */
    public void awaitDone(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("recorder did not finish in " + seconds + " s: " + output());
        }
        reader.join(10_000);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("recorder failed with exit code " + process.exitValue() + ": " + output());
        }
    }

    /**
     * Waits for the recorder to end on its own, whether it succeeds or fails, and returns its exit code.
     *
     * @throws IllegalStateException if it does not end in time
     */
    public int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("recorder did not end in " + seconds + " s: " + output());
        }
        reader.join(10_000);
        return process.exitValue();
    }

    /** The recorder's process id. */
    public long pid() {
        return process.pid();
    }

    /** Everything the recorder printed. */
    public String output() {
        synchronized (output) {
            return output.toString();
        }
    }
}
