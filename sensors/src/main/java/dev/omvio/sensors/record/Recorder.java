package dev.omvio.sensors.record;

import dev.omvio.image.Image;
import dev.omvio.sensor.Sensor;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.StreamClock;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records frames into a stream without holding the camera back: frames are copied into a
 * bounded queue that a writer thread empties into the stream. When the writer falls behind and
 * the queue is full, new frames are dropped, counted and reported (a warning on the first drop
 * and in the summary) instead of slowing capture.
 *
 * <pre>{@code
 * try (Sensor sensor = Sensors.open("synthetic:pattern=shapes");
 *      ImageStream file = ImageStreams.open(Path.of("rec.bin"), "w")) {
 *     Recorder recorder = Recorder.start(file, 8, SyncPolicy.every(30), StreamClock.SYSTEM);
 *     recorder.record(sensor, 300);
 *     RecordingSummary summary = recorder.finish();
 * }
 * }</pre>
 *
 * <p>Each frame is written with its interval as captured (the time since the previous frame
 * written, the first since {@link #start}), not as written: frames submitted with their sensor
 * are dated by {@link Sensor#frameTimeNanos()}, when the sensor took them, so a camera's frames
 * are whole frame periods apart whatever delays capture had; others when they are submitted. The queue's storage is reused, so in
 * steady state recording copies frames without allocating. {@link #submit(Image)},
 * {@link #record(Sensor, long)} and {@link #finish()} belong to one thread; the stream belongs to
 * the recorder until {@link #finish()} returns, and the caller closes it.
 */
public final class Recorder implements Closeable {
    private static final System.Logger LOG = System.getLogger(Recorder.class.getName());
    private static final FrameSlot END = new FrameSlot();

    private final ImageStream target;
    private final SyncPolicy syncPolicy;
    private final StreamClock clock;
    private final long startNanos;
    private final BlockingQueue<FrameSlot> free;
    private final BlockingQueue<FrameSlot> queued;
    private final Thread writer;
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong syncs = new AtomicLong();
    private final AtomicLong missed = new AtomicLong();
    private volatile IOException failure;
    private RecordingSummary summary;

    private Recorder(ImageStream target, int queueCapacity, SyncPolicy syncPolicy, StreamClock clock) {
        this.target = target;
        this.syncPolicy = syncPolicy;
        this.clock = clock;
        // One slot more than the queue holds: the frame being written.
        this.free = new ArrayBlockingQueue<>(queueCapacity + 1);
        this.queued = new ArrayBlockingQueue<>(queueCapacity + 2); // the slots and END
        for (int i = 0; i <= queueCapacity; i++) {
            free.add(new FrameSlot());
        }
        this.startNanos = clock.nanoTime();
        this.writer = new Thread(this::writeQueuedFrames, "omvio-recorder");
        writer.setDaemon(true);
    }

    /**
     * Starts recording into {@code target}: the writer thread starts now.
     *
     * @param target the stream the frames are written to
     * @param syncPolicy when the stream is synced to the device
     * @return the running recorder
     * @param queueCapacity frames that may wait while one is being written, at least 1
     * @param clock dates the frames as they are submitted
     * @throws IllegalArgumentException naming the value if the capacity is not positive
     */
    public static Recorder start(ImageStream target, int queueCapacity, SyncPolicy syncPolicy, StreamClock clock) {
        if (queueCapacity <= 0) {
            throw new IllegalArgumentException("queue capacity must be positive, got " + queueCapacity);
        }
        Recorder recorder = new Recorder(target, queueCapacity, syncPolicy, clock);
        recorder.writer.start();
        return recorder;
    }

    /**
     * Queues a copy of {@code frame}, dated now, for writing; drops it if the queue is full.
     *
     * @param frame the frame to record
     * @return true if queued, false if dropped
     * @throws IOException if the writer has failed (the stream refused a frame or a sync)
     * @throws IllegalStateException if the recording is finished
     */
    public boolean submit(Image frame) throws IOException {
        return submit(frame, clock.nanoTime());
    }

    /**
     * Queues a copy of {@code frame}, which {@code sensor} has just delivered, for writing: dated
     * when the sensor took it ({@link Sensor#frameTimeNanos()}, or now if the sensor does not
     * say), with the frames the sensor missed so far noted for the summary. The sensor must run
     * on the recorder's clock.
     *
     * @param sensor the sensor that delivered the frame
     * @param frame the frame to record
     * @return true if queued, false if dropped
     * @throws IOException if the writer has failed (the stream refused a frame or a sync)
     * @throws IllegalStateException if the recording is finished
     */
    public boolean submit(Sensor sensor, Image frame) throws IOException {
        missed.set(sensor.missedFrames());
        return submit(frame, sensor.frameTimeNanos().orElseGet(clock::nanoTime));
    }

    private boolean submit(Image frame, long capturedNanos) throws IOException {
        if (summary != null) {
            throw new IllegalStateException("recording finished");
        }
        rethrowFailure();
        submitted.incrementAndGet();
        FrameSlot slot = free.poll();
        if (slot == null) {
            if (dropped.incrementAndGet() == 1) {
                LOG.log(System.Logger.Level.WARNING, "recording is dropping frames: the writer falls behind");
            }
            return false;
        }
        slot.fill(frame, capturedNanos);
        queued.add(slot);
        return true;
    }

    /**
     * Captures up to {@code frames} frames from {@code sensor} on this thread and submits them;
     * fewer if the sensor is a finite source that ends first.
     *
     * @param sensor the sensor to capture from
     * @param frames the most frames to capture
     * @throws IOException if the sensor fails or the writer has failed
     * @return the number of frames captured (written or dropped)
     */
    public long record(Sensor sensor, long frames) throws IOException {
        long[] captured = {0};
        if (frames > 0) {
            sensor.capture(frame -> {
                submit(sensor, frame);
                return ++captured[0] < frames;
            });
        }
        return captured[0];
    }

    /** {@return frames submitted so far} */
    public long submittedFrames() {
        return submitted.get();
    }

    /** {@return frames dropped so far because the queue was full} */
    public long droppedFrames() {
        return dropped.get();
    }

    /** {@return frames the sensor missed, as it counted them when its last frame was submitted} */
    public long missedFrames() {
        return missed.get();
    }

    /** {@return frames written to the stream so far} */
    public long writtenFrames() {
        return written.get();
    }

    /**
     * Writes every queued frame, syncs if the policy says so, stops the writer and reports. Later
     * calls return the same summary.
     *
     * @return what was submitted, written, dropped and synced
     * @throws IOException if the writer failed
     */
    public RecordingSummary finish() throws IOException {
        if (summary == null) {
            queued.add(END);
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while the recording was being finished");
            }
            summary = new RecordingSummary(submitted.get(), written.get(), dropped.get(), syncs.get(), missed.get());
            if (summary.dropped() > 0) {
                LOG.log(System.Logger.Level.WARNING, "recording dropped " + summary.dropped() + " of "
                        + summary.submitted() + " frames: the writer fell behind");
            }
        }
        rethrowFailure();
        return summary;
    }

    /** {@link #finish()}, for try-with-resources. */
    @Override
    public void close() throws IOException {
        finish();
    }

    private void rethrowFailure() throws IOException {
        IOException failed = failure;
        if (failed != null) {
            throw new IOException("recording failed after " + written.get() + " frames: " + failed.getMessage(), failed);
        }
    }

    private void writeQueuedFrames() {
        long previousMicros = 0;
        try {
            for (FrameSlot slot = queued.take(); slot != END; slot = queued.take()) {
                // Intervals from absolute capture times, so microsecond truncation never accumulates.
                long capturedMicros = (slot.capturedNanos() - startNanos) / 1_000;
                target.write(slot.image(), Math.max(0, capturedMicros - previousMicros));
                previousMicros = capturedMicros;
                free.add(slot);
                if (syncPolicy.isDueAfter(written.incrementAndGet())) {
                    sync();
                }
            }
            if (syncPolicy.onClose()) {
                sync();
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("recording writer interrupted");
        } catch (RuntimeException e) { // a stream refusing a frame (too large, closed) ends the recording too
            failure = new IOException(e.toString(), e);
        }
    }

    private void sync() throws IOException {
        target.sync();
        syncs.incrementAndGet();
    }
}
