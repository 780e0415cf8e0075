package dev.omvio.sensor.spi;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.SensorCapabilities;
import dev.omvio.sensor.SensorControl;
import dev.omvio.sensor.Window;

import java.io.IOException;

/**
 * The settings part of a {@link Sensor}: keeps every setting, refuses those the
 * {@link SensorCapabilities} do not allow, restores the {@link SensorDefaults} on reset and
 * guards against use after close. A driver supplies the frames ({@link #capture(boolean)}) and,
 * if it needs to, reacts to reset and close.
 */
public abstract class AbstractSensor implements Sensor {
    private final String driverName;
    private final SensorCapabilities capabilities;
    private final SensorDefaults defaults;
    private PixelFormat pixelFormat;
    private FrameSize frameSize;
    private Window window;
    private boolean hmirror;
    private boolean vflip;
    private int frameRate;
    private double gainDb;
    private long exposureUs;
    private boolean closed;

    /**
     * @param driverName the name of the driver that opened the sensor, for messages
     * @param capabilities what the sensor can do
     * @param defaults the settings at open and after {@link #reset()}
     * @throws IllegalArgumentException naming the value if a default is outside the capabilities
     */
    protected AbstractSensor(String driverName, SensorCapabilities capabilities, SensorDefaults defaults) {
        this.driverName = driverName;
        this.capabilities = capabilities;
        this.defaults = defaults;
        checkFormat(defaults.pixelFormat());
        checkSize(defaults.frameSize());
        applyDefaults();
    }

    /**
     * Delivers the next frame, after waiting until it is due; the sensor is open.
     *
     * @return the frame
     * @throws IOException if the source fails
     * @param copyToFb true for a view of the driver's frame buffer, false for a new owned image
     */
    protected abstract Image capture(boolean copyToFb) throws IOException;

    /**
     * Called by {@link #reset()} after the defaults are restored: restart the frame sequence here.
     *
     * @throws IOException if the source cannot be restarted
     */
    protected void onReset() throws IOException {
    }

    /**
     * Called once by the first {@link #close()}: release the source here.
     *
     * @throws IOException if the source cannot be released
     */
    protected void onClose() throws IOException {
    }

    @Override
    public final String driverName() {
        return driverName;
    }

    @Override
    public final SensorCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public final void reset() throws IOException {
        ensureOpen();
        applyDefaults();
        onReset();
    }

    @Override
    public final PixelFormat pixelFormat() {
        ensureOpen();
        return pixelFormat;
    }

    @Override
    public final void setPixelFormat(PixelFormat format) {
        require(SensorControl.PIXEL_FORMAT);
        checkFormat(format);
        pixelFormat = format;
    }

    @Override
    public final FrameSize frameSize() {
        ensureOpen();
        return frameSize;
    }

    @Override
    public final void setFrameSize(FrameSize size) {
        require(SensorControl.FRAME_SIZE);
        checkSize(size);
        frameSize = size;
        window = Window.full(size);
    }

    @Override
    public final Window windowing() {
        ensureOpen();
        return window;
    }

    @Override
    public final void setWindowing(Window roi) {
        require(SensorControl.WINDOWING);
        if (!roi.fitsIn(frameSize)) {
            throw new IllegalArgumentException("window " + roi + " does not fit the frame size " + frameSize);
        }
        window = roi;
    }

    @Override
    public final boolean hmirror() {
        ensureOpen();
        return hmirror;
    }

    @Override
    public final void setHmirror(boolean enable) {
        require(SensorControl.HMIRROR);
        hmirror = enable;
    }

    @Override
    public final boolean vflip() {
        ensureOpen();
        return vflip;
    }

    @Override
    public final void setVflip(boolean enable) {
        require(SensorControl.VFLIP);
        vflip = enable;
    }

    @Override
    public final int frameRate() {
        ensureOpen();
        return frameRate;
    }

    @Override
    public final void setFrameRate(int framesPerSecond) {
        require(SensorControl.FRAME_RATE);
        if (framesPerSecond <= 0 || framesPerSecond > capabilities.maxFrameRate()) {
            throw new IllegalArgumentException("frame rate must be 1.." + capabilities.maxFrameRate()
                    + " for " + driverName + ", got " + framesPerSecond);
        }
        frameRate = framesPerSecond;
    }

    @Override
    public final double gainDb() {
        require(SensorControl.GAIN);
        return gainDb;
    }

    @Override
    public final void setGainDb(double gain) {
        require(SensorControl.GAIN);
        if (!Double.isFinite(gain)) {
            throw new IllegalArgumentException("gain must be a finite number of dB, got " + gain);
        }
        gainDb = gain;
    }

    @Override
    public final long exposureUs() {
        require(SensorControl.EXPOSURE);
        return exposureUs;
    }

    @Override
    public final void setExposureUs(long exposure) {
        require(SensorControl.EXPOSURE);
        if (exposure <= 0) {
            throw new IllegalArgumentException("exposure must be positive, got " + exposure + " us");
        }
        exposureUs = exposure;
    }

    @Override
    public final Image snapshot(boolean copyToFb) throws IOException {
        ensureOpen();
        return capture(copyToFb);
    }

    @Override
    public final boolean isClosed() {
        return closed;
    }

    @Override
    public final void close() throws IOException {
        if (!closed) {
            closed = true;
            onClose();
        }
    }

    /** @throws IllegalStateException ("sensor closed") if the sensor is closed */
    protected final void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("sensor closed");
        }
    }

    @Override
    public String toString() {
        return driverName + " sensor " + frameSize + " " + pixelFormat + (closed ? " (closed)" : "");
    }

    private void applyDefaults() {
        pixelFormat = defaults.pixelFormat();
        frameSize = defaults.frameSize();
        window = Window.full(frameSize);
        hmirror = false;
        vflip = false;
        frameRate = defaults.frameRate();
        gainDb = defaults.gainDb();
        exposureUs = defaults.exposureUs();
    }

    private void require(SensorControl control) {
        ensureOpen();
        if (!capabilities.supports(control)) {
            throw new UnsupportedOperationException(driverName + " sensor does not support " + control);
        }
    }

    private void checkFormat(PixelFormat format) {
        if (!capabilities.supports(format)) {
            throw new IllegalArgumentException("pixel format " + format + " is not one of " + driverName
                    + "'s " + capabilities.pixelFormats());
        }
    }

    private void checkSize(FrameSize size) {
        if (!capabilities.maxFrameSize().contains(size)) {
            throw new IllegalArgumentException("frame size " + size + " exceeds " + driverName
                    + "'s largest, " + capabilities.maxFrameSize());
        }
    }
}
