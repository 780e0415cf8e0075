package dev.omvio.cli;

import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code omvio info}: what a stream file holds, frame by frame, and any damaged tail. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show a stream file's version, frames and damaged tail.")
final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print exactly one JSON object instead of a table.")
    boolean json;

    @Parameters(paramLabel = "FILE", description = "The stream file.")
    Path file;

    @Override
    public Integer call() throws IOException {
        try (ImageStream stream = StreamFiles.openForReading(file)) {
            StreamReport report = StreamReport.of(stream);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                printJson(report, out);
            } else {
                printTable(report, out);
            }
        }
        return 0;
    }

    /** The facts {@code info} prints, read once from an open stream. */
    record StreamReport(int version, long size, List<FrameInfo> frames, Optional<DamagedTail> tail) {
        static StreamReport of(ImageStream stream) {
            return new StreamReport(stream.version().orElseThrow(), stream.size(), stream.frameInfos(),
                    stream.damagedTail());
        }

        long tailBytes() {
            return tail.map(DamagedTail::length).orElse(0L);
        }
    }

    private static void printJson(StreamReport report, PrintWriter out) {
        JsonWriter json = new JsonWriter().beginObject()
                .name("version").value(report.version())
                .name("count").value(report.frames().size())
                .name("size").value(report.size())
                .name("tail_bytes").value(report.tailBytes())
                .name("tail_reason").value(report.tail().map(DamagedTail::reason).orElse(null))
                .name("frames").beginArray();
        for (FrameInfo frame : report.frames()) {
            json.beginObject()
                    .name("index").value(frame.index())
                    .name("offset").value(frame.offset())
                    .name("width").value(frame.width())
                    .name("height").value(frame.height())
                    .name("pixformat").value(frame.format().name())
                    .name("interval_us").value(frame.intervalMicros())
                    .name("data_size").value(frame.dataSize())
                    .endObject();
        }
        json.endArray().endObject().printTo(out);
    }

    private static void printTable(StreamReport report, PrintWriter out) {
        out.printf("version   %d.%d%n", report.version() / 10, report.version() % 10);
        out.printf("frames    %d%n", report.frames().size());
        out.printf("size      %d bytes%n", report.size());
        out.printf("damaged   %s%n", report.tail()
                .map(tail -> tail.length() + " bytes at offset " + tail.offset() + ": " + tail.reason())
                .orElse("no"));
        if (!report.frames().isEmpty()) {
            out.printf("%n%7s %12s %6s %6s  %-11s %12s %10s%n",
                    "index", "offset", "width", "height", "pixformat", "interval_us", "data_size");
            for (FrameInfo frame : report.frames()) {
                out.printf("%7d %12d %6d %6d  %-11s %12d %10d%n", frame.index(), frame.offset(),
                        frame.width(), frame.height(), frame.format().name(), frame.intervalMicros(),
                        frame.dataSize());
            }
        }
        out.flush();
    }
}
