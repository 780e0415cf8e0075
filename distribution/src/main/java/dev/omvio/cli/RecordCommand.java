package dev.omvio.cli;

import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensors.record.RecordingSummary;
import dev.omvio.stream.StreamClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code omvio record}: any sensor driver into a stream file. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Record frames from a sensor driver into a stream file, for a number of frames or a time.")
final class RecordCommand implements Callable<Integer> {
    /** Frames that may wait for the disk before new ones are dropped. */
    static final int QUEUE_CAPACITY = 64;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The stream file to write.")
    Path output;

    @Option(names = "--sensor", required = true, paramLabel = "SPEC",
            description = "The sensor: a driver and its options, such as synthetic:pattern=bars,fps=30 "
                    + "(omvio doctor lists the drivers).")
    String sensor;

    @Option(names = "--frames", paramLabel = "N", description = "Stop after N frames.")
    Long frames;

    @Option(names = "--duration", paramLabel = "TIME", converter = Durations.class,
            description = "Stop after this much time, such as 5s or 500ms.")
    Duration duration;

    @Option(names = "--pixformat", paramLabel = "FORMAT", converter = PixelFormats.class,
            description = "Pixel format to set on the sensor (default: the driver's).")
    PixelFormat format;

    @Option(names = "--framesize", paramLabel = "SIZE", converter = FrameSizes.class,
            description = "Frame size to set on the sensor, such as QVGA or 320x240 (default: the driver's).")
    FrameSize size;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (frames == null && duration == null) {
            throw new BadInputException("give --frames N, --duration TIME or both: a recording needs an end");
        }
        if (frames != null && frames <= 0) {
            throw new BadInputException("--frames must be positive, got " + frames);
        }
        SensorRecording recording = new SensorRecording(sensor, format, size,
                frames == null ? Long.MAX_VALUE : frames, duration, StreamClock.SYSTEM, QUEUE_CAPACITY);
        RecordingSummary summary = recording.recordTo(
                OutputFiles.reading(force, SensorRecording.filesNamedIn(sensor)), output);
        report(summary, output, spec.commandLine().getOut());
        return 0;
    }

    /** Prints how many frames were written, missed at the sensor and dropped at the disk. */
    static void report(RecordingSummary summary, Path file, PrintWriter out) {
        List<String> lost = new ArrayList<>();
        if (summary.missed() > 0) {
            lost.add(summary.missed() + " missed: capture fell behind the sensor");
        }
        if (summary.dropped() > 0) {
            lost.add(summary.dropped() + " dropped: the disk fell behind");
        }
        out.printf("recorded %d frames to %s%s%n", summary.written(), file,
                lost.isEmpty() ? "" : " (" + String.join("; ", lost) + ")");
        out.flush();
    }
}
