package dev.omvio.cli;

import dev.omvio.cli.media.PictureWriter;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code omvio extract}: one file per frame in a folder. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Write each frame of a stream to its own file in DIR, named so that they sort by frame index.")
final class ExtractCommand implements Callable<Integer> {
    /** What each extracted file holds. */
    enum Format {
        /** A PNG file: a PNG frame's own bytes, any other frame decoded. */
        png,
        /** A JPEG file: a JPEG frame's own bytes, any other frame decoded and encoded. */
        jpg,
        /** A binary netpbm file: P5 (grey) for GRAYSCALE and BINARY frames, P6 (RGB) for the others. */
        pnm,
        /** As {@link #pnm}, named {@code .ppm} (also the P5 files). */
        ppm,
        /** An uncompressed TIFF file: 8-bit grey for GRAYSCALE and BINARY frames, 8-bit RGB for the others. */
        tiff,
        /** The frame's data bytes as stored, with RGB565 little-endian (also for version 1.0 files). */
        raw
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The stream file.")
    Path file;

    @Parameters(index = "1", paramLabel = "DIR", description = "The folder to write into (created if missing).")
    Path directory;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "What each file holds: png or jpg (a PNG or JPEG frame's own bytes, any other frame "
                    + "decoded), pnm or ppm (binary P6; P5 for GRAYSCALE and BINARY frames), tiff (8-bit RGB; grey "
                    + "for GRAYSCALE and BINARY frames) or raw (the data bytes as stored).")
    Format format;

    @Option(names = "--frames", paramLabel = "A-B", converter = FrameRange.Converter.class,
            description = "Only frames A to B (from 0, both included; A- to the end; A alone).")
    FrameRange frames = FrameRange.ALL;

    @Option(names = "--quality", paramLabel = "Q", description = "JPEG quality of encoded frames, 1-100 (default: ${DEFAULT-VALUE}).")
    int quality = FramePictures.DEFAULT_QUALITY;

    @Option(names = "--force", description = "Overwrite files that exist.")
    boolean force;

    @Mixin
    KeepGoing keepGoing;

    @Override
    public Integer call() throws IOException {
        OutputFiles outputs = OutputFiles.reading(force, file);
        try (ImageStream stream = StreamFiles.openForReading(file)) {
            StreamFiles.requireFrames(file, stream);
            FrameRange range = frames.within(stream.count());
            FrameNames names = FrameNames.forCount(stream.count(), format.name());
            if (Files.exists(directory) && !Files.isDirectory(directory)) { // the input itself, say
                throw new NotDirectoryException(directory.toString());
            }
            if (Files.isDirectory(directory)) { // else every file is new
                for (int index = range.first(); index <= range.last(); index++) {
                    outputs.check(OutputFiles.inside(directory, names.of(index)));
                }
            }
            Files.createDirectories(directory);
            FrameDecoding decoding = keepGoing.on(file, stream, Omvio.decodeOptions(spec));
            stream.seek(range.first());
            try (Progress progress = Progress.start("extract", range.length())) {
                for (int index = range.first(); index <= range.last(); index++) {
                    Image frame = stream.read(true, false, false).orElseThrow();
                    Optional<ByteBuffer> bytes = decoding.attempt(index, () -> fileBytes(frame, decoding.options()));
                    if (bytes.isPresent()) {
                        outputs.write(OutputFiles.inside(directory, names.of(index)), bytes.get());
                    }
                    progress.step();
                }
            }
            StreamFiles.warnAboutTail(file, stream, "not extracted", spec.commandLine().getErr());
            spec.commandLine().getOut().printf("extracted frames %d-%d to %s%n", range.first(), range.last(), directory);
            return decoding.report(spec);
        }
    }

    private ByteBuffer fileBytes(Image frame, DecodeOptions options) throws IOException {
        return switch (format) {
            case raw -> frame.data();
            case png -> FramePictures.asFile(frame, PixelFormat.PNG, quality, options).data();
            case jpg -> FramePictures.asFile(frame, PixelFormat.JPEG, quality, options).data();
            case pnm, ppm -> ByteBuffer.wrap(PictureWriter.pnm(FramePictures.decode(frame, options), !frame.format().isColor()));
            case tiff -> ByteBuffer.wrap(PictureWriter.tiff(FramePictures.decode(frame, options), !frame.format().isColor()));
        };
    }
}
