package dev.omvio.sensors.replay;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.SensorCapabilities;
import dev.omvio.sensor.spi.AbstractSensor;
import dev.omvio.sensor.spi.SensorDefaults;
import dev.omvio.stream.EndOfStreamException;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.StreamClock;
import dev.omvio.stream.spi.PauseSchedule;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sensor whose frames are those of a recording, each delivered when its recorded interval
 * has passed (on a running schedule, as the camera's {@code ImageIO.read(pause=True)}, so a
 * slow consumer is not slowed further). Frames come as recorded: no setting can be changed, and
 * the pixel format and frame size reported are those of the first frame.
 */
final class ReplaySensor extends AbstractSensor {
    private final ImageStream source;
    private final boolean ownsSource;
    private final boolean loop;
    private final List<FrameInfo> frames;
    private final PauseSchedule schedule;
    private int next;
    private boolean started;

    private ReplaySensor(ImageStream source, boolean ownsSource, boolean loop, List<FrameInfo> frames, StreamClock clock) {
        super(ReplayDriver.NAME, capabilities(frames), defaults(frames.get(0)));
        this.source = source;
        this.ownsSource = ownsSource;
        this.loop = loop;
        this.frames = frames;
        this.schedule = new PauseSchedule(clock);
    }

    /**
     * A sensor playing the frames {@code source} holds now.
     *
     * @param ownsSource whether closing the sensor closes the source
     * @throws EndOfStreamException if the source holds no frame
     */
    static ReplaySensor of(ImageStream source, boolean ownsSource, boolean loop, StreamClock clock) throws IOException {
        List<FrameInfo> frames = source.frameInfos();
        if (frames.isEmpty()) {
            throw new EndOfStreamException("nothing to replay: the " + source.type() + " stream holds no frame");
        }
        return new ReplaySensor(source, ownsSource, loop, frames, clock);
    }

    @Override
    protected Image capture(boolean copyToFb) throws IOException {
        if (next == frames.size()) {
            if (!loop) {
                throw new EndOfStreamException("replay ended after its " + frames.size() + " frames");
            }
            next = 0;
        }
        FrameInfo frame = frames.get(next);
        schedule.await(frame.intervalMicros());
        source.seek(frame.index());
        Image image = source.read(copyToFb, false, false)
                .orElseThrow(() -> new EndOfStreamException("frame " + frame.index() + " of the recording is gone"));
        next++;
        started = true;
        return image;
    }

    /** When the last frame delivered was due on the replay's schedule: the recorded timing, exactly. */
    @Override
    public OptionalLong frameTimeNanos() {
        ensureOpen();
        return started ? OptionalLong.of(schedule.dueNanos()) : OptionalLong.empty();
    }

    @Override
    protected void onReset() {
        next = 0;
        started = false;
        schedule.restart();
    }

    @Override
    protected void onClose() throws IOException {
        if (ownsSource) {
            source.close();
        }
    }

    private static SensorCapabilities capabilities(List<FrameInfo> frames) {
        Set<PixelFormat> formats = frames.stream().map(FrameInfo::format)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PixelFormat.class)));
        int width = frames.stream().mapToInt(FrameInfo::width).max().orElseThrow();
        int height = frames.stream().mapToInt(FrameInfo::height).max().orElseThrow();
        return new SensorCapabilities(formats, Set.of(), new FrameSize(width, height), 0);
    }

    private static SensorDefaults defaults(FrameInfo first) {
        return new SensorDefaults(first.format(), new FrameSize(first.width(), first.height()), 0, 0.0, 0);
    }
}
