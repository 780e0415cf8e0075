package dev.omvio.cli;

import dev.omvio.image.Image;
import dev.omvio.stream.ImageStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

/** {@code omvio extract}: one file per frame in a folder. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Write each frame of a stream to its own file in DIR, named so that they sort by frame index.")
final class ExtractCommand implements Callable<Integer> {
    /** What each extracted file holds. */
    enum Format {
        /** The frame's data bytes as stored, with RGB565 little-endian (also for version 1.0 files). */
        raw
    }

    private static final OpenOption[] CREATE_NEW = {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
    private static final OpenOption[] OVERWRITE = {
        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE};

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The stream file.")
    Path file;

    @Parameters(index = "1", paramLabel = "DIR", description = "The folder to write into (created if missing).")
    Path directory;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "What each file holds: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--frames", paramLabel = "A-B", converter = FrameRange.Converter.class,
            description = "Only frames A to B (from 0, both included; A- to the end; A alone).")
    FrameRange frames = FrameRange.ALL;

    @Option(names = "--force", description = "Overwrite files that exist.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        try (ImageStream stream = StreamFiles.openForReading(file)) {
            if (stream.count() == 0) {
                throw new BadInputException(file + ": the stream holds no whole frame");
            }
            FrameRange range = frames.within(stream.count());
            Files.createDirectories(directory);
            FrameNames names = FrameNames.forCount(stream.count(), format.name());
            stream.seek(range.first());
            for (int index = range.first(); index <= range.last(); index++) {
                Image frame = stream.read(true, false, false).orElseThrow();
                write(frame.data(), directory.resolve(names.of(index)));
            }
            stream.damagedTail().ifPresent(tail -> spec.commandLine().getErr().printf(
                    "warning: %s: %d damaged bytes at offset %d not extracted: %s%n",
                    file, tail.length(), tail.offset(), tail.reason()));
            spec.commandLine().getOut().printf("extracted frames %d-%d to %s%n", range.first(), range.last(), directory);
        }
        return 0;
    }

    private void write(ByteBuffer data, Path target) throws IOException {
        try (FileChannel out = FileChannel.open(target, force ? OVERWRITE : CREATE_NEW)) {
            while (data.hasRemaining()) {
                out.write(data);
            }
        }
    }

    /** File names that sort by frame index: {@code frame-000042.raw}. */
    record FrameNames(int digits, String extension) {
        static FrameNames forCount(int count, String extension) {
            return new FrameNames(Math.max(6, Integer.toString(count - 1).length()), extension);
        }

        String of(int index) {
            return String.format("frame-%0" + digits + "d.%s", index, extension);
        }
    }
}
