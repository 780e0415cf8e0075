package dev.omvio.examples.sensor;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.SensorCapabilities;
import dev.omvio.sensor.SensorControl;
import dev.omvio.sensor.spi.AbstractSensor;
import dev.omvio.sensor.spi.FramePacer;
import dev.omvio.sensor.spi.SensorDefaults;
import dev.omvio.stream.StreamClock;
import dev.omvio.stream.spi.FrameBuffer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Set;

/**
 * A GRAYSCALE sensor showing a horizontal ramp: pixel {@code x} of frame {@code k} is
 * {@code (x + k * step) mod 256}, mirrored when hmirror is on. It supports frame size, frame
 * rate and hmirror; everything else is refused by {@link AbstractSensor} from the capabilities.
 */
final class RampSensor extends AbstractSensor {
    static final int MAX_FRAME_RATE = 120;
    private static final SensorCapabilities CAPABILITIES = new SensorCapabilities(
            Set.of(PixelFormat.GRAYSCALE),
            EnumSet.of(SensorControl.FRAME_SIZE, SensorControl.FRAME_RATE, SensorControl.HMIRROR),
            FrameSize.VGA, MAX_FRAME_RATE);

    private final int step;
    private final FramePacer pacer;
    private final FrameBuffer frameBuffer = new FrameBuffer();

    RampSensor(int step, FrameSize size, int fps, StreamClock clock) {
        super(RampDriver.NAME, CAPABILITIES, new SensorDefaults(PixelFormat.GRAYSCALE, size, fps, 0, 0));
        this.step = step;
        this.pacer = new FramePacer(clock, fps);
    }

    @Override
    protected Image capture(boolean copyToFb) throws IOException {
        pacer.setFrameRate(frameRate());
        long frame = pacer.awaitNextFrame();
        FrameSize size = frameSize();
        int bytes = (int) size.pixels();
        ByteBuffer data = copyToFb ? frameBuffer.prepare(bytes) : ByteBuffer.allocate(bytes);
        boolean mirror = hmirror();
        for (int y = 0; y < size.height(); y++) {
            for (int x = 0; x < size.width(); x++) {
                int sceneX = mirror ? size.width() - 1 - x : x;
                data.put((byte) (sceneX + frame * step));
            }
        }
        data.flip();
        return copyToFb
                ? frameBuffer.image(size.width(), size.height(), PixelFormat.GRAYSCALE, bytes)
                : Image.wrap(size.width(), size.height(), PixelFormat.GRAYSCALE, data);
    }

    /** The frames a late caller missed, as the pacer counts them (a camera drops them too). */
    @Override
    public long missedFrames() {
        ensureOpen();
        return pacer.missedFrames();
    }

    @Override
    protected void onReset() {
        pacer.setFrameRate(frameRate());
        pacer.restart();
    }
}
