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
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                printJson(stream, out);
            } else {
                printTable(stream, out);
            }
        }
        return 0;
    }

    // Frame by frame from the stream's index, straight to the output: a file of millions of
    // frames needs no memory beyond its index.
    private static void printJson(ImageStream stream, PrintWriter out) {
        Optional<DamagedTail> tail = stream.damagedTail();
        JsonWriter json = new JsonWriter(out).beginObject()
                .name("version").value(stream.version().orElseThrow())
                .name("count").value(stream.count())
                .name("size").value(stream.size())
                .name("tail_bytes").value(tail.map(DamagedTail::length).orElse(0L))
                .name("tail_reason").value(tail.map(DamagedTail::reason).orElse(null))
                .name("frames").beginArray();
        for (int index = 0; index < stream.count(); index++) {
            FrameInfo frame = stream.frameInfo(index);
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

    private static void printTable(ImageStream stream, PrintWriter out) {
        int version = stream.version().orElseThrow();
        out.printf("version   %d.%d%n", version / 10, version % 10);
        out.printf("frames    %d%n", stream.count());
        out.printf("size      %d bytes%n", stream.size());
        out.printf("damaged   %s%n", stream.damagedTail()
                .map(tail -> tail.length() + " bytes at offset " + tail.offset() + ": " + tail.reason())
                .orElse("no"));
        if (stream.count() > 0) {
            out.printf("%n%7s %12s %6s %6s  %-11s %12s %10s%n",
                    "index", "offset", "width", "height", "pixformat", "interval_us", "data_size");
            StringBuilder row = new StringBuilder();
            for (int index = 0; index < stream.count(); index++) {
                // append, not println: an auto-flushing writer would flush every row
                out.append(row(row, stream.frameInfo(index))).append(System.lineSeparator());
            }
        }
        out.flush();
    }

    // The row as printf("%7d %12d %6d %6d  %-11s %12d %10d") would make it, without parsing the
    // format for each of what may be millions of rows.
    private static StringBuilder row(StringBuilder row, FrameInfo frame) {
        row.setLength(0);
        right(row, Integer.toString(frame.index()), 7).append(' ');
        right(row, Long.toString(frame.offset()), 12).append(' ');
        right(row, Integer.toString(frame.width()), 6).append(' ');
        right(row, Integer.toString(frame.height()), 6).append("  ");
        left(row, frame.format().name(), 11).append(' ');
        right(row, Long.toString(frame.intervalMicros()), 12).append(' ');
        return right(row, Long.toString(frame.dataSize()), 10);
    }

    private static StringBuilder right(StringBuilder row, String value, int width) {
        return pad(row, width - value.length()).append(value);
    }

    private static StringBuilder left(StringBuilder row, String value, int width) {
        return pad(row.append(value), width - value.length());
    }

    private static StringBuilder pad(StringBuilder row, int spaces) {
        for (int i = 0; i < spaces; i++) {
            row.append(' ');
        }
        return row;
    }
}
