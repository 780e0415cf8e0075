package dev.omvio.cli;

import dev.omvio.cli.media.ImageFiles;
import dev.omvio.stream.ImageStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code omvio convert}: a stream to a Motion-JPEG AVI, an animated GIF or an H.264 MP4 (through
 * ffmpeg), and a folder of
 * pictures or a Motion-JPEG AVI back to a stream. What to do follows from the input (a
 * folder, a {@code .avi} file or a stream) and the output's extension.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a stream to a Motion-JPEG AVI (OUT.avi), an animated GIF (OUT.gif) or an H.264 MP4 "
                + "(OUT.mp4, needs ffmpeg: Debian package ffmpeg) with the recorded timing, or a folder of pictures or "
                + "a Motion-JPEG AVI to a stream (any other OUT).",
            "A folder is packed as 'pack' does with its defaults; an AVI's JPEG pictures are kept byte for byte."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "A stream file, a folder of pictures or a .avi file.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write: .avi, .gif, .mp4 or a stream.")
    Path output;

    @Option(names = "--quality", paramLabel = "Q", description = "JPEG quality of encoded frames, 1-100 (default: ${DEFAULT-VALUE}).")
    int quality = FramePictures.DEFAULT_QUALITY;

    @Option(names = "--force", description = "Overwrite OUT if it exists.")
    boolean force;

    @Mixin
    KeepGoing keepGoing;

    @Override
    public Integer call() throws IOException {
        OutputFiles outputs = OutputFiles.reading(force, input);
        outputs.check(output);
        String to = ImageFiles.extension(output);
        boolean toVideo = to.equals("avi") || to.equals("gif") || to.equals("mp4");
        boolean fromFolder = Files.isDirectory(input);
        boolean fromAvi = !fromFolder && ImageFiles.extension(input).equals("avi");
        if (toVideo && !fromFolder && !fromAvi) {
            return toVideo(to, outputs);
        }
        int frames;
        if (!toVideo && fromFolder) {
            frames = fromPictures(outputs);
        } else if (!toVideo && fromAvi) {
            frames = AviImport.write(input, outputs, output, Omvio.decodeOptions(spec));
        } else {
            throw new BadInputException("cannot convert " + input + " to " + output
                    + ": convert a stream to .avi, .gif or .mp4, or a folder of pictures or an .avi to a stream");
        }
        printConverted(frames);
        return 0;
    }

    private void printConverted(int frames) {
        spec.commandLine().getOut().printf("converted %d frames from %s to %s%n", frames, input, output);
    }

    private int fromPictures(OutputFiles outputs) throws IOException {
        PictureImport packer = new PictureImport(null, PackCommand.DEFAULT_INTERVAL.toNanos() / 1_000, quality,
                Omvio.decodeOptions(spec));
        List<Path> pictures = PictureImport.pictures(input);
        try (StreamOutput out = StreamOutput.create(outputs, output)) {
            int frames = packer.write(pictures, out);
            out.commit();
            return frames;
        }
    }

    private int toVideo(String to, OutputFiles outputs) throws IOException {
        try (ImageStream stream = StreamFiles.openForReading(input)) {
            StreamFiles.requireFrames(input, stream);
            FrameDecoding decoding = keepGoing.on(input, stream, Omvio.decodeOptions(spec));
            int frames = switch (to) {
                case "avi" -> AviExport.write(stream, decoding, outputs, output, quality);
                case "mp4" -> Mp4Export.write(stream, decoding, outputs, output);
                default -> GifExport.write(stream, decoding, outputs, output);
            };
            StreamFiles.warnAboutTail(input, stream, "not converted", spec.commandLine().getErr());
            printConverted(frames);
            return decoding.report(spec);
        }
    }
}
