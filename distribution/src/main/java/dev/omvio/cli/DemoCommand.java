package dev.omvio.cli;

import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensors.record.RecordingSummary;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ManualClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code omvio demo}: records a short clip from the synthetic sensor to {@code demo.bin} in the
 * current folder, shows what it holds, and writes {@code demo.avi} and
 * {@code demo-contact-sheet.png} beside it. The demo's own files are replaced on every run.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Record 3 seconds of moving shapes from the synthetic sensor (QQVGA RGB565, 30 fps) to demo.bin, "
                + "show its info, and write demo.avi and demo-contact-sheet.png beside it.",
            "The sensor runs on a simulated clock: the demo takes far less than 3 seconds. Its files are replaced."})
final class DemoCommand implements Callable<Integer> {
    static final int FRAMES = 90;
    static final String SENSOR = "synthetic:pattern=shapes,fps=30";

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Where to record (default: ${DEFAULT-VALUE}); the video and contact sheet go beside it.")
    Path output = Path.of("demo.bin");

    @Override
    public Integer call() throws IOException {
        // A simulated clock: sleeping moves it on at once, so the frames carry 30 fps timing
        // without 3 seconds of waiting; a queue for every frame means none can be dropped.
        SensorRecording recording = new SensorRecording(SENSOR, PixelFormat.RGB565, FrameSize.QQVGA, FRAMES, null,
                new ManualClock(0), FRAMES);
        RecordingSummary summary = recording.recordTo(OutputFiles.reading(true), output);
        PrintWriter out = spec.commandLine().getOut();
        RecordCommand.report(summary, output, out);
        out.println();
        int infoExit = spec.root().commandLine().execute("info", output.toString());
        if (infoExit != 0) {
            return infoExit;
        }
        Path avi = sibling(".avi");
        Path sheet = sibling("-contact-sheet.png");
        OutputFiles besideRecording = OutputFiles.reading(true, output);
        try (ImageStream stream = StreamFiles.openForReading(output)) {
            FrameDecoding decoding = new FrameDecoding(output, stream, false, Omvio.decodeOptions(spec));
            AviExport.write(stream, decoding, besideRecording, avi, FramePictures.DEFAULT_QUALITY);
            ContactSheetExport.DEFAULT.write(stream, decoding, FrameRange.ALL.within(stream.count()), besideRecording,
                    sheet);
        }
        out.printf("%nwrote %s and %s%n", avi, sheet);
        out.flush();
        return 0;
    }

    /** demo.bin's sibling demo{@code suffix}. */
    private Path sibling(String suffix) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return output.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
    }
}
