package dev.omvio.sensors.openmv;

import dev.omvio.image.Image;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.SensorCapabilities;
import dev.omvio.sensor.spi.AbstractSensor;
import dev.omvio.sensor.spi.SensorDefaults;
import dev.omvio.sensors.openmv.protocol.ChannelInfo;
import dev.omvio.sensors.openmv.protocol.HostSession;
import dev.omvio.sensors.openmv.protocol.ProtocolException;
import dev.omvio.stream.StreamClock;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * A live camera: streaming switched on at open, each snapshot the next frame of the
 * {@code stream} channel (lock, size, read, unlock, the whole exchange retried after a
 * resynchronisation), its time the moment the camera had it ready. The camera's settings are
 * its script's: none can be set from here; the format and size reported are the first frame's.
 */
final class OpenMvSensor extends AbstractSensor {
    /**
     * Longest pause between two tries to lock a stream that has no frame yet; the pause starts at
     * 50 us and doubles, so a frame that is nearly ready is taken at once and an idle camera is
     * asked about 500 times a second (the firmware itself refuses locks closer than 10 ms apart).
     */
    static final long MAX_POLL_NANOS = 2_000_000;
    /** STREAM_CTRL: the stream channel's ioctl that switches streaming on and off. */
    static final int STREAM_CTRL = 0;

    private final HostSession session;
    private final StreamClock clock;
    private final int stream;
    private final int waitMillis;
    private final int maxFrame;
    private byte[] buffer = new byte[0];
    private StreamFrame pending; // the first frame, read at open, not yet delivered
    private long frameTime;
    private boolean started;

    private OpenMvSensor(HostSession session, StreamClock clock, int stream, int waitMillis, int maxFrame,
            StreamFrame first) {
        super(OpenMvDriver.NAME, new SensorCapabilities(EnumSet.of(first.format()), Set.of(),
                new FrameSize(first.width(), first.height()), 0),
                new SensorDefaults(first.format(), new FrameSize(first.width(), first.height()), 0, 0.0, 0));
        this.session = session;
        this.clock = clock;
        this.stream = stream;
        this.waitMillis = waitMillis;
        this.maxFrame = maxFrame;
        this.pending = first;
    }

    static OpenMvSensor open(HostSession session, StreamClock clock, int waitMillis, int maxFrame) throws IOException {
        int stream = session.channels().stream().filter(c -> c.name().equals("stream")).mapToInt(ChannelInfo::id)
                .findFirst().orElseThrow(() -> new CameraStreamException("the camera at " + session.link().describe()
                        + " has no stream channel"));
        session.retrying(() -> {
            session.ioctl(stream, STREAM_CTRL, 1);
            return null;
        });
        Reader reader = new Reader(session, clock, stream, waitMillis, maxFrame);
        StreamFrame first = reader.next();
        OpenMvSensor sensor = new OpenMvSensor(session, clock, stream, waitMillis, maxFrame, first);
        sensor.buffer = reader.buffer;
        sensor.frameTime = reader.arrival;
        return sensor;
    }

    @Override
    protected Image capture(boolean copyToFb) throws IOException {
        StreamFrame frame = pending;
        pending = null;
        if (frame == null) {
            Reader reader = new Reader(session, clock, stream, waitMillis, maxFrame);
            reader.buffer = buffer;
            frame = reader.next();
            buffer = reader.buffer;
            frameTime = reader.arrival;
        }
        started = true;
        if (copyToFb) {
            return Image.frameBufferView(frame.width(), frame.height(), frame.format(),
                    ByteBuffer.wrap(buffer, frame.offset(), frame.length()));
        }
        return Image.of(frame.width(), frame.height(), frame.format(),
                Arrays.copyOfRange(buffer, frame.offset(), frame.offset() + frame.length()));
    }

    /** When the camera had the last frame ready: the moment the host's lock on it succeeded. */
    @Override
    public OptionalLong frameTimeNanos() {
        ensureOpen();
        return started ? OptionalLong.of(frameTime) : OptionalLong.empty();
    }

    @Override
    protected void onClose() throws IOException {
        try {
            session.ioctl(stream, STREAM_CTRL, 0);
        } catch (IOException e) {
            // the camera may be gone; closing goes on
        } finally {
            session.close();
        }
    }

    /** One frame's exchange, kept apart so that the first frame can be read before the sensor exists. */
    private static final class Reader {
        private final HostSession session;
        private final StreamClock clock;
        private final int stream;
        private final int waitMillis;
        private final int maxFrame;
        byte[] buffer = new byte[0];
        long arrival;

        Reader(HostSession session, StreamClock clock, int stream, int waitMillis, int maxFrame) {
            this.session = session;
            this.clock = clock;
            this.stream = stream;
            this.waitMillis = waitMillis;
            this.maxFrame = maxFrame;
        }

        StreamFrame next() throws IOException {
            long deadline = System.nanoTime() + waitMillis * 1_000_000L;
            return session.retrying(() -> {
                long pause = 50_000;
                while (!session.lock(stream)) {
                    if (System.nanoTime() > deadline) {
                        throw new CameraStreamException("no frame from the camera at " + session.link().describe()
                                + " in " + waitMillis + " ms");
                    }
                    pause(pause);
                    pause = Math.min(MAX_POLL_NANOS, pause * 2);
                }
                arrival = clock.nanoTime();
                StreamFrame frame;
                try {
                    long size = session.size(stream);
                    if (size > (long) maxFrame + StreamFrame.HEADER_SIZE) {
                        throw new CameraStreamException("the camera offers a frame of " + size + " bytes, more than "
                                + "maxframe=" + maxFrame);
                    }
                    if (buffer.length < size) {
                        buffer = new byte[(int) size];
                    }
                    int got = session.readInto(stream, 0, (int) size, buffer, 0);
                    frame = StreamFrame.parse(buffer, got);
                } catch (ProtocolException e) {
                    if (!e.isRecoverable()) {
                        unlockQuietly();
                    }
                    throw e;
                }
                try {
                    session.unlock(stream);
                } catch (ProtocolException e) {
                    // The frame is whole; the next call's resynchronisation repairs the link.
                    if (!e.isRecoverable()) {
                        throw e;
                    }
                    session.resync();
                }
                return frame;
            });
        }

        private void unlockQuietly() {
            try {
                session.unlock(stream);
            } catch (IOException ignored) {
                // the error that brought us here is the one to report
            }
        }

        private static void pause(long nanos) throws InterruptedIOException {
            LockSupport.parkNanos(nanos);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for a frame");
            }
        }
    }
}
