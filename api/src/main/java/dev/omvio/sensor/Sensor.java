package dev.omvio.sensor;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.EndOfStreamException;

import java.io.Closeable;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * A camera: OpenMV's {@code sensor} / {@code csi} module as a Java object. Get one from
 * {@link Sensors#open(String)}.
 *
 * <pre>{@code
 * try (Sensor sensor = Sensors.open("synthetic:pattern=bars")) {
 *     sensor.setPixelFormat(PixelFormat.RGB565);
 *     sensor.setFrameSize(FrameSize.QVGA);
 *     Image frame = sensor.snapshot();
 * }
 * }</pre>
 *
 * <p>Settings: a setting the driver does not support ({@link #capabilities()}) throws
 * {@link UnsupportedOperationException} naming the control, both to set and to read; a value
 * outside the driver's range throws {@link IllegalArgumentException} naming the value. Changing
 * the frame size resets the window to the whole frame.
 *
 * <p>Timing: {@link #snapshot()} waits, on the sensor's {@link dev.omvio.stream.StreamClock},
 * until the next frame is due and returns it. As on a camera, the sensor does not wait for its
 * caller: one that falls behind misses the frames whose time has passed and gets the next frame
 * on time; the frames missed are counted ({@link #missedFrames()}), and
 * {@link #frameTimeNanos()} tells when the frame returned was taken.
 *
 * <p>A sensor belongs to one thread at a time. Any call but {@link #isClosed()} and
 * {@link #close()} on a closed sensor throws {@link IllegalStateException} ("sensor closed").
 */
public interface Sensor extends Closeable {
    /** The name of the driver that made this sensor, such as {@code "synthetic"}. */
    String driverName();

    /** What this sensor can do. */
    SensorCapabilities capabilities();

    /** Restores every setting to the driver's default and restarts the frame sequence, as OpenMV's {@code reset()}. */
    void reset() throws IOException;

    /** The pixel format of the frames. */
    PixelFormat pixelFormat();

    /** OpenMV's {@code set_pixformat}. */
    void setPixelFormat(PixelFormat format);

    /** The frame size, before windowing. */
    FrameSize frameSize();

    /** OpenMV's {@code set_framesize}; also resets the window to the whole frame. */
    void setFrameSize(FrameSize size);

    /** The region of the frame that is delivered; the whole frame unless windowing was set. */
    Window windowing();

    /**
     * OpenMV's {@code set_windowing(roi)}, in the coordinates of the delivered (mirrored and
     * flipped) frame.
     *
     * @throws IllegalArgumentException naming the window if it does not fit the frame size
     */
    void setWindowing(Window window);

    /** Whether frames are mirrored left to right. */
    boolean hmirror();

    /** OpenMV's {@code set_hmirror}. */
    void setHmirror(boolean enable);

    /** Whether frames are flipped upside down. */
    boolean vflip();

    /** OpenMV's {@code set_vflip}. */
    void setVflip(boolean enable);

    /** Frames per second; 0 for a sensor whose source sets its own timing (a replay). */
    int frameRate();

    /** OpenMV's {@code set_framerate}: 1 up to {@link SensorCapabilities#maxFrameRate()}. */
    void setFrameRate(int framesPerSecond);

    /** The gain in decibels (OpenMV's {@code get_gain_db}). */
    double gainDb();

    /** Sets a fixed gain in decibels (OpenMV's {@code set_auto_gain(False, gain_db=...)}). */
    void setGainDb(double gainDb);

    /** The exposure time in microseconds (OpenMV's {@code get_exposure_us}). */
    long exposureUs();

    /** Sets a fixed exposure time in microseconds (OpenMV's {@code set_auto_exposure(False, exposure_us=...)}). */
    void setExposureUs(long exposureUs);

    /** Width of the delivered frames: the window's. */
    default int width() {
        return windowing().width();
    }

    /** Height of the delivered frames: the window's. */
    default int height() {
        return windowing().height();
    }

    /**
     * Waits for the next frame and returns it in the sensor's frame buffer, as on the camera:
     * {@code snapshot(true)}.
     */
    default Image snapshot() throws IOException {
        return snapshot(true);
    }

    /**
     * Waits for the next frame and returns it.
     *
     * @param copyToFb true for a view of the sensor's one frame buffer, which the next such
     *     snapshot overwrites; false for a new, owned image
     * @throws EndOfStreamException if a finite source (a replay without loop) has no frame left
     * @throws java.io.InterruptedIOException if interrupted while waiting for the frame
     */
    Image snapshot(boolean copyToFb) throws IOException;

    /**
     * Continuous capture: hands frame after frame (in the frame buffer) to {@code handler}
     * until it returns false or a finite source ends. The next frame is taken only when the
     * handler returns, so a slow handler holds the sensor back instead of losing frames.
     */
    default void capture(FrameHandler handler) throws IOException {
        try {
            while (handler.onFrame(snapshot(true))) {
                // the handler decides when to stop
            }
        } catch (EndOfStreamException end) {
            // a finite source has delivered all its frames
        }
    }

    /**
     * Frames the sensor made that no snapshot took, since it was opened or reset: a caller that
     * falls behind misses them, as on a camera. 0 for sources that wait for their caller (a replay).
     */
    default long missedFrames() {
        return 0;
    }

    /**
     * When the frame the last snapshot returned was taken, on the sensor's clock
     * ({@link dev.omvio.stream.StreamClock#nanoTime()}): its place on the sensor's schedule, not
     * the moment it was handed over, so frames dated by it are whole frame periods apart
     * whatever the caller's delays. Empty before the first snapshot, and for drivers that do not
     * keep it.
     */
    default OptionalLong frameTimeNanos() {
        return OptionalLong.empty();
    }

    /** Whether {@link #close()} has been called. */
    boolean isClosed();

    /** Releases the sensor's source; later calls throw {@link IllegalStateException}. Closing twice does nothing. */
    @Override
    void close() throws IOException;
}
