package dev.omvio.cli;

import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensor.Sensors;
import dev.omvio.sensors.record.Recorder;
import dev.omvio.sensors.record.RecordingSummary;
import dev.omvio.sensors.record.SyncPolicy;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.StreamClock;
import dev.omvio.stream.StreamMode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Records a sensor into a new stream file through the sensors' recording pipeline
 * ({@link Recorder}: a bounded queue and a writer thread, so a slow disk drops frames, counted,
 * instead of slowing the camera), until a frame count or a duration is reached.
 *
 * @param sensorSpec the sensor, as {@link Sensors#open(String, StreamClock)} takes it
 * @param format the pixel format to set, or null for the driver's
 * @param size the frame size to set, or null for the driver's
 * @param maxFrames the most frames to record
 * @param duration record only frames captured before this much time has passed, or null for no limit
 * @param clock paces the sensor and dates the frames
 * @param queueCapacity frames that may wait for the writer
 */
record SensorRecording(String sensorSpec, PixelFormat format, FrameSize size, long maxFrames, Duration duration,
                       StreamClock clock, int queueCapacity) {

    /** Records into {@code file}, replacing it only with {@code force}. */
    RecordingSummary recordTo(Path file, boolean force) throws IOException {
        OutputFiles.checkWritable(file, force);
        long start = clock.nanoTime(); // before the sensor opens: its first frame is due when it opens
        try (Sensor sensor = Sensors.open(sensorSpec, clock)) {
            configure(sensor);
            try (ImageStream stream = ImageStreams.open(file, StreamMode.WRITE, clock);
                 Progress progress = Progress.start("record", duration == null ? maxFrames : duration.toMillis())) {
                Recorder recorder = Recorder.start(stream, queueCapacity, SyncPolicy.ON_CLOSE, clock);
                long limitNanos = duration == null ? Long.MAX_VALUE : duration.toNanos();
                long[] captured = {0};
                try (recorder) {
                    sensor.capture(frame -> {
                        long elapsed = clock.nanoTime() - start;
                        if (elapsed >= limitNanos) {
                            return false;
                        }
                        recorder.submit(frame);
                        captured[0]++;
                        progress.advanceTo(duration == null ? captured[0] : elapsed / 1_000_000);
                        return captured[0] < maxFrames;
                    });
                }
                return recorder.finish();
            }
        }
    }

    private void configure(Sensor sensor) {
        try {
            if (format != null) {
                sensor.setPixelFormat(format);
            }
            if (size != null) {
                sensor.setFrameSize(size);
            }
        } catch (UnsupportedOperationException e) { // a driver without the control: the user asked for it
            throw new BadInputException(sensorSpec + ": " + e.getMessage());
        }
    }
}
