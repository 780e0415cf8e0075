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
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Records a sensor into a new stream file through the sensors' recording pipeline
 * ({@link Recorder}: a bounded queue and a writer thread, so a slow disk drops frames, counted,
 * instead of slowing the camera), until a frame count or a duration is reached. Frames are
 * dated when the sensor took them; the frames it made while capture was late are counted as
 * missed, as a camera drops them.
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

    /**
     * The files that the sensor's options name, such as a replay's {@code file=rec.bin}: its
     * inputs, which the recording must not overwrite.
     */
    static List<Path> filesNamedIn(String sensorSpec) {
        List<Path> files = new ArrayList<>();
        int colon = sensorSpec.indexOf(':');
        for (String option : colon < 0 ? new String[0] : sensorSpec.substring(colon + 1).split(",")) {
            String value = option.substring(option.indexOf('=') + 1).trim();
            try {
                Path file = Path.of(value);
                if (!value.isEmpty() && Files.exists(file)) {
                    files.add(file);
                }
            } catch (InvalidPathException notAPath) {
                // an option that names no file
            }
        }
        return files;
    }

    /**
     * Records into {@code file}, one of {@code outputs}. Frames go straight into the file, so
     * that a crash loses none; a recording that fails before its first whole frame leaves no file.
     */
    RecordingSummary recordTo(OutputFiles outputs, Path file) throws IOException {
        outputs.check(file);
        long start = clock.nanoTime(); // before the sensor opens: its first frame is due when it opens
        try (Sensor sensor = Sensors.open(sensorSpec, clock)) {
            configure(sensor);
            try (OutputFile output = outputs.createForRecording(file)) {
                ImageStream stream = ImageStreams.open(output.path(), StreamMode.WRITE, clock);
                output.claim(); // the stream's writer lock is held: the file is this recording's
                try {
                    RecordingSummary summary = record(sensor, stream, start);
                    output.commit();
                    return summary;
                } catch (IOException | RuntimeException | Error e) {
                    if (holdsFrames(output.path())) { // what was recorded is kept
                        output.commit();
                    }
                    throw e;
                }
            }
        }
    }

    /** Records from {@code sensor} into {@code stream}, and closes it. */
    private RecordingSummary record(Sensor sensor, ImageStream stream, long start) throws IOException {
        try (stream;
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
                    recorder.submit(sensor, frame);
                    captured[0]++;
                    progress.advanceTo(duration == null ? captured[0] : elapsed / 1_000_000);
                    return captured[0] < maxFrames;
                });
            }
            return recorder.finish();
        }
    }

    private static boolean holdsFrames(Path file) {
        try (ImageStream stream = ImageStreams.open(file, "r")) {
            return stream.count() > 0;
        } catch (IOException | RuntimeException unreadable) {
            return false;
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
        // Refused before the file is created: every frame would be lost to the camera and the IDE.
        if (sensor.pixelFormat() == PixelFormat.ARGB8) {
            throw new BadInputException(sensorSpec + ": the sensor delivers ARGB8 frames, which the camera and the "
                    + "OpenMV IDE do not store in stream files; set --pixformat rgb565 or jpeg");
        }
    }
}
