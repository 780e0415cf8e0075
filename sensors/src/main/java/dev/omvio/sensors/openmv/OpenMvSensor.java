package dev.omvio.sensors.openmv;

import dev.omvio.image.Image;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.SensorCapabilities;
import dev.omvio.sensor.spi.AbstractSensor;
import dev.omvio.sensor.spi.SensorDefaults;
import dev.omvio.sensors.openmv.protocol.ChannelInfo;
import dev.omvio.sensors.openmv.protocol.HostSession;
import dev.omvio.stream.StreamClock;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A live camera: streaming switched on at open, each snapshot the next frame of the
 * {@code stream} channel (lock, size, read, unlock, the whole exchange retried after a
 * resynchronisation), its time the moment the camera had it ready. The camera's settings are
 * its script's: none can be set from here; the format and size reported are the first frame's.
 *
 * <p>Pipelined (the default, see {@link FrameReader}), a frame costs one round trip when the
 * camera has it ready and its size is the last one's; otherwise one command is sent at a time.
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
    private final DeferredSend send;
    private final int stream;
    private final FrameReader reader;
    private StreamFrame pending; // the first frame, read at open, not yet delivered
    private long frameTime;
    private boolean started;

    private OpenMvSensor(DeferredSend send, int stream, FrameReader reader, StreamFrame first) {
        super(OpenMvDriver.NAME, new SensorCapabilities(EnumSet.of(first.format()), Set.of(),
                new FrameSize(first.width(), first.height()), 0),
                new SensorDefaults(first.format(), new FrameSize(first.width(), first.height()), 0, 0.0, 0));
        this.session = send.session();
        this.send = send;
        this.stream = stream;
        this.reader = reader;
        this.pending = first;
        this.frameTime = reader.arrival();
    }

    static OpenMvSensor open(HostSession session, StreamClock clock, int waitMillis, int maxFrame, boolean pipeline)
            throws IOException {
        int stream = session.channels().stream().filter(c -> c.name().equals("stream")).mapToInt(ChannelInfo::id)
                .findFirst().orElseThrow(() -> new CameraStreamException("the camera at " + session.link().describe()
                        + " has no stream channel"));
        session.retrying(() -> {
            session.ioctl(stream, STREAM_CTRL, 1);
            return null;
        });
        DeferredSend send = new DeferredSend(session, DeferredSend.DELAY_NANOS, DeferredSend.IDLE_NANOS);
        FrameReader reader = new FrameReader(send, clock, stream, waitMillis, maxFrame, pipeline);
        StreamFrame first = reader.next();
        return new OpenMvSensor(send, stream, reader, first);
    }

    @Override
    protected Image capture(boolean copyToFb) throws IOException {
        StreamFrame frame = pending;
        pending = null;
        if (frame == null) {
            frame = reader.next();
            frameTime = reader.arrival();
        }
        started = true;
        byte[] buffer = reader.buffer();
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
        send.close();
        try {
            session.ioctl(stream, STREAM_CTRL, 0); // sends the last frame's UNLOCK first
        } catch (IOException e) {
            // the camera may be gone; closing goes on
        } finally {
            session.close();
        }
    }
}
