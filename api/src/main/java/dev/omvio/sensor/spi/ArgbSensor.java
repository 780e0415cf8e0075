package dev.omvio.sensor.spi;

import dev.omvio.codec.EncodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.SensorCapabilities;
import dev.omvio.sensor.Window;
import dev.omvio.stream.StreamClock;
import dev.omvio.stream.spi.FrameBuffer;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * A sensor that draws each frame as ARGB pixels: the driver only {@linkplain #render renders}
 * the whole frame; this class paces frames at the frame rate ({@link FramePacer}: a late
 * caller misses frames, counted in {@link #missedFrames()}, as on a camera), applies
 * mirror, flip and windowing, encodes the pixels into the pixel format with
 * {@link PixelCodecs} (so a codec module such as omvio-codecs must be present) and keeps the
 * frame buffer. Pixel arrays are reused from frame to frame.
 */
public abstract class ArgbSensor extends AbstractSensor {
    private final FramePacer pacer;
    private final FrameBuffer frameBuffer = new FrameBuffer();
    private int[] scene = new int[0];
    private int[] windowed = new int[0];
    private boolean delivered;

    /**
     * @param driverName the name of the driver that opened the sensor, for messages
     * @param capabilities what the sensor can do
     * @param defaults the settings at open and after {@link #reset()}
     * @param clock paces the frames
     * @throws IllegalArgumentException naming the value if a default is outside the capabilities
     *     or the default frame rate is 0
     */
    protected ArgbSensor(String driverName, SensorCapabilities capabilities, SensorDefaults defaults, StreamClock clock) {
        super(driverName, capabilities, defaults);
        this.pacer = new FramePacer(clock, defaults.frameRate());
    }

    /**
     * Draws frame {@code frameNumber} (counted from 0 since open or reset) of the whole frame
     * size into {@code argb}, rows {@code size.width()} pixels apart, packed {@code 0xAARRGGBB}.
     *
     * @param frameNumber the frame's number, from 0 since open or reset
     * @param argb where the pixels go, one row after the other
     * @param size the whole frame size
     */
    protected abstract void render(long frameNumber, int[] argb, FrameSize size);

    /** {@return how frames are encoded (JPEG quality and chroma); the default is {@link EncodeOptions#DEFAULT}} */
    protected EncodeOptions encodeOptions() {
        return EncodeOptions.DEFAULT;
    }

    @Override
    protected void onReset() throws IOException {
        pacer.setFrameRate(frameRate());
        pacer.restart();
        delivered = false;
    }

    /** The frames a late caller skipped since open or reset, as {@link FramePacer} counts them. */
    @Override
    public long missedFrames() {
        ensureOpen();
        return pacer.missedFrames();
    }

    /** The time the last frame delivered was due on the sensor's schedule. */
    @Override
    public OptionalLong frameTimeNanos() {
        ensureOpen();
        return delivered ? OptionalLong.of(pacer.lastDueNanos()) : OptionalLong.empty();
    }

    @Override
    protected final Image capture(boolean copyToFb) throws IOException {
        pacer.setFrameRate(frameRate());
        // The sensor streams from its first frame on: frame 0 is taken when it is ready (a first
        // frame's start-up, such as loading a codec, is not a late caller); later frames keep
        // the schedule that starts there.
        boolean first = !delivered;
        long frameNumber = first ? 0 : pacer.awaitNextFrame();
        FrameSize size = frameSize();
        Window window = windowing();
        int pixels = Math.toIntExact(size.pixels());
        if (scene.length < pixels) {
            scene = new int[pixels];
        }
        render(frameNumber, scene, size);
        int[] shown = project(size, window);
        PixelFormat format = pixelFormat();
        Image encoded = PixelCodecs.encoder(format)
                .encode(shown, 0, window.width(), window.width(), window.height(), format, encodeOptions());
        if (first) {
            pacer.awaitNextFrame(); // due at once: starts the schedule now
            delivered = true;
        }
        return copyToFb ? intoFrameBuffer(encoded) : encoded;
    }

    // Mirror and flip act on the whole frame, as the sensor reads it out; the window is then
    // cut from that delivered frame.
    private int[] project(FrameSize size, Window window) {
        boolean mirror = hmirror();
        boolean flip = vflip();
        boolean whole = window.width() == size.width() && window.height() == size.height();
        if (whole && !mirror && !flip) {
            return scene;
        }
        int width = window.width();
        int height = window.height();
        if (windowed.length < width * height) {
            windowed = new int[width * height];
        }
        for (int y = 0; y < height; y++) {
            int shownY = window.y() + y;
            int sceneY = flip ? size.height() - 1 - shownY : shownY;
            for (int x = 0; x < width; x++) {
                int shownX = window.x() + x;
                int sceneX = mirror ? size.width() - 1 - shownX : shownX;
                windowed[y * width + x] = scene[sceneY * size.width() + sceneX];
            }
        }
        return windowed;
    }

    private Image intoFrameBuffer(Image encoded) {
        int size = encoded.dataSize();
        frameBuffer.prepare(size).put(encoded.data());
        return frameBuffer.image(encoded.width(), encoded.height(), encoded.format(), size);
    }
}
