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
    /** {@return the name of the driver that made this sensor, such as {@code "synthetic"}} */
    String driverName();

    /** {@return what this sensor can do} */
    SensorCapabilities capabilities();

    /**
     * Restores every setting to the driver's default and restarts the frame sequence, as OpenMV's {@code reset()}.
     *
     * @throws IOException if the driver's source cannot be restarted
     */
    void reset() throws IOException;

    /** {@return the pixel format of the frames} */
    PixelFormat pixelFormat();

    /**
     * OpenMV's {@code set_pixformat}.
     *
     * @param format the pixel format of the frames that follow
     */
    void setPixelFormat(PixelFormat format);

    /** {@return the frame size, before windowing} */
    FrameSize frameSize();

    /**
     * OpenMV's {@code set_framesize}; also resets the window to the whole frame.
     *
     * @param size the size of the frames that follow
     */
    void setFrameSize(FrameSize size);

    /** {@return the region of the frame that is delivered; the whole frame unless windowing was set} */
    Window windowing();

    /**
     * OpenMV's {@code set_windowing(roi)}, in the coordinates of the delivered (mirrored and
     * flipped) frame.
     *
     * @param window the region of the frame to deliver
     * @throws IllegalArgumentException naming the window if it does not fit the frame size
     */
    void setWindowing(Window window);

    /** {@return whether frames are mirrored left to right} */
    boolean hmirror();

    /**
     * OpenMV's {@code set_hmirror}.
     *
     * @param enable true to mirror frames left to right
     */
    void setHmirror(boolean enable);

    /** {@return whether frames are flipped upside down} */
    boolean vflip();

    /**
     * OpenMV's {@code set_vflip}.
     *
     * @param enable true to flip frames upside down
     */
    void setVflip(boolean enable);

    /** {@return frames per second; 0 for a sensor whose source sets its own timing (a replay)} */
    int frameRate();

    /**
     * OpenMV's {@code set_framerate}: 1 up to {@link SensorCapabilities#maxFrameRate()}.
     *
     * @param framesPerSecond the frame rate
     */
    void setFrameRate(int framesPerSecond);

    /** {@return the gain in decibels (OpenMV's {@code get_gain_db})} */
    double gainDb();

    /**
     * Sets a fixed gain in decibels (OpenMV's {@code set_auto_gain(False, gain_db=...)}).
     *
     * @param gainDb the gain in decibels
     */
    void setGainDb(double gainDb);

    /** {@return the exposure time in microseconds (OpenMV's {@code get_exposure_us})} */
    long exposureUs();

    /**
     * Sets a fixed exposure time in microseconds (OpenMV's {@code set_auto_exposure(False, exposure_us=...)}).
     *
     * @param exposureUs the exposure time in microseconds
     */
    void setExposureUs(long exposureUs);

    /** {@return width of the delivered frames: the window's} */
    default int width() {
        return windowing().width();
    }

    /** {@return height of the delivered frames: the window's} */
    default int height() {
        return windowing().height();
    }

    /**
     * Waits for the next frame and returns it in the sensor's frame buffer, as on the camera:
     * {@code snapshot(true)}.
     *
     * @return the frame, valid until the next snapshot
     * @throws IOException if the driver's source fails
     */
    default Image snapshot() throws IOException {
        return snapshot(true);
    }

    /**
     * Waits for the next frame and returns it.
     *
     * @param copyToFb true for a view of the sensor's one frame buffer, which the next such
     *     snapshot overwrites; false for a new, owned image
     * @return the frame
     * @throws EndOfStreamException if a finite source (a replay without loop) has no frame left
     * @throws java.io.InterruptedIOException if interrupted while waiting for the frame
     */
    Image snapshot(boolean copyToFb) throws IOException;

    /**
     * Continuous capture: hands frame after frame (in the frame buffer) to {@code handler}
     * until it returns false or a finite source ends. The next frame is taken only when the
     * handler returns, so a slow handler holds the sensor back instead of losing frames.
     *
     * @param handler receives each frame
     * @throws IOException if the driver's source or the handler fails
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
     * {@return frames the sensor made that no snapshot took, since it was opened or reset: a caller that
     * falls behind misses them, as on a camera} 0 for sources that wait for their caller (a replay).
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
     *
     * @return the time in nanoseconds, or empty
     */
    default OptionalLong frameTimeNanos() {
        return OptionalLong.empty();
    }

    /** {@return whether {@link #close()} has been called} */
    boolean isClosed();

    /** Releases the sensor's source; later calls throw {@link IllegalStateException}. Closing twice does nothing. */
    @Override
    void close() throws IOException;
}
