package dev.omvio.cli;

import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.core.file.compat.CameraCompatibility;
import dev.omvio.core.file.compat.CompatibilityReport;
import dev.omvio.image.Image;
import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.ImageStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code omvio verify}: reads and decodes every frame and checks for a damaged tail; with
 * {@code --compat}, says instead whether the camera firmware and the OpenMV IDE would open the file.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Read and decode every frame of a stream file and look for a damaged tail.",
            "Exit code 0 if the file is sound, 1 if a frame does not decode or the file has a damaged tail.",
            "With --compat: exit code 0 if both the camera and the OpenMV IDE would open the file, 1 if either refuses it."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print exactly one JSON object instead of text.")
    boolean json;

    @Option(names = "--compat", description = {"Only check whether the camera firmware and the OpenMV IDE would open the file,",
        "walking it as each of them reads it; print where and why a reader refuses it."})
    boolean compat;

    @Parameters(paramLabel = "FILE", description = "The stream file.")
    Path file;

    /** A frame that could not be read or decoded. */
    record BadFrame(int index, String reason) {
    }

    @Override
    public Integer call() throws IOException {
        if (compat) {
            return checkCompatibility();
        }
        List<BadFrame> badFrames = new ArrayList<>();
        Optional<DamagedTail> tail;
        int count;
        try (ImageStream stream = StreamFiles.openForReading(file);
             Progress progress = Progress.start("verify", stream.count())) {
            count = stream.count();
            int[] pixels = new int[0];
            DecodeOptions options = Omvio.decodeOptions(spec);
            for (int index = 0; index < count; index++) {
                try {
                    Image frame = stream.read(true, false, false).orElseThrow();
                    JpegNotice.using(frame.format());
                    if (frame.format().isCompressed()) {
                        // Only the codec can tell whether the data holds the pixels the header
                        // claims: it checks that before allocating them.
                        PixelCodecs.toBufferedImage(frame, options);
                    } else {
                        int size = Math.multiplyExact(options.decodedWidth(frame), options.decodedHeight(frame));
                        if (pixels.length < size) {
                            pixels = new int[size];
                        }
                        PixelCodecs.decode(frame, options, pixels, 0, options.decodedWidth(frame));
                    }
                } catch (IOException | RuntimeException e) {
                    badFrames.add(new BadFrame(index, e.getMessage() == null ? e.toString() : e.getMessage()));
                }
                progress.step();
            }
            tail = stream.damagedTail();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, count, badFrames, tail, CameraCompatibility.check(file));
        } else {
            printText(out, count, badFrames, tail);
        }
        return badFrames.isEmpty() && tail.isEmpty() ? 0 : Omvio.FAILURE;
    }

    private int checkCompatibility() throws IOException {
        StreamFiles.requireNotFolder(file);
        CompatibilityReport report = CameraCompatibility.check(file);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonWriter writer = new JsonWriter().beginObject().name("ok").value(report.bothAccept()).name("compat");
            CompatOutput.writeJson(writer, report).endObject().printTo(out);
        } else {
            CompatOutput.printTable(out, file, report);
        }
        return report.bothAccept() ? 0 : Omvio.FAILURE;
    }

    private void printText(PrintWriter out, int count, List<BadFrame> badFrames, Optional<DamagedTail> tail) {
        out.printf("%s: %d frames, %d decoded%n", file, count, count - badFrames.size());
        badFrames.forEach(bad -> out.printf("frame %d does not decode: %s%n", bad.index(), bad.reason()));
        tail.ifPresent(damage -> out.printf("damaged tail: %d bytes at offset %d: %s (omvio repair cuts it off)%n",
                damage.length(), damage.offset(), damage.reason()));
        out.println(badFrames.isEmpty() && tail.isEmpty() ? "ok" : "damaged");
        out.flush();
    }

    private void printJson(PrintWriter out, int count, List<BadFrame> badFrames, Optional<DamagedTail> tail,
                           CompatibilityReport compatibility) {
        JsonWriter json = new JsonWriter().beginObject()
                .name("ok").value(badFrames.isEmpty() && tail.isEmpty())
                .name("count").value(count)
                .name("decoded").value(count - badFrames.size())
                .name("bad_frames").beginArray();
        for (BadFrame bad : badFrames) {
            json.beginObject().name("index").value(bad.index()).name("reason").value(bad.reason()).endObject();
        }
        json.endArray().name("tail");
        if (tail.isPresent()) {
            json.beginObject()
                    .name("offset").value(tail.get().offset())
                    .name("length").value(tail.get().length())
                    .name("reason").value(tail.get().reason())
                    .endObject();
        } else {
            json.value((String) null);
        }
        CompatOutput.writeJson(json.name("compat"), compatibility).endObject().printTo(out);
    }
}
