package dev.omvio.cli;

import dev.omvio.stream.ImageStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code omvio contact-sheet}: a PNG grid of labelled thumbnails of a stream. */
@Command(name = "contact-sheet", mixinStandardHelpOptions = true,
        description = "Draw a PNG grid of thumbnails of a stream's frames, each labelled '#<index> <time> s' "
                + "(time since the first frame).")
final class ContactSheetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The stream file.")
    Path file;

    @Parameters(index = "1", paramLabel = "PNG", description = "The picture to write.")
    Path output;

    @Option(names = "--frames", paramLabel = "A-B", converter = FrameRange.Converter.class,
            description = "Only frames A to B (from 0, both included; A- to the end; A alone).")
    FrameRange frames = FrameRange.ALL;

    @Option(names = "--count", paramLabel = "N", description = "At most N thumbnails, spread evenly (default: ${DEFAULT-VALUE}).")
    int count = ContactSheetExport.DEFAULT.maxThumbnails();

    @Option(names = "--columns", paramLabel = "N", description = "Thumbnails per row (default: ${DEFAULT-VALUE}).")
    int columns = ContactSheetExport.DEFAULT.columns();

    @Option(names = "--width", paramLabel = "PIXELS", description = "Largest thumbnail width (default: ${DEFAULT-VALUE}).")
    int width = ContactSheetExport.DEFAULT.thumbnailWidth();

    @Option(names = "--force", description = "Overwrite PNG if it exists.")
    boolean force;

    @Mixin
    KeepGoing keepGoing;

    @Override
    public Integer call() throws IOException {
        ContactSheetExport export = new ContactSheetExport(columns, width, count);
        OutputFiles outputs = OutputFiles.reading(force, file);
        outputs.check(output);
        try (ImageStream stream = StreamFiles.openForReading(file)) {
            StreamFiles.requireFrames(file, stream);
            FrameDecoding decoding = keepGoing.on(file, stream, Omvio.decodeOptions(spec));
            int drawn = export.write(stream, decoding, frames.within(stream.count()), outputs, output);
            spec.commandLine().getOut().printf("drew %d thumbnails to %s%n", drawn, output);
            return decoding.report(spec);
        }
    }
}
