package dev.omvio.cli;

import dev.omvio.image.PixelFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code omvio pack}: the pictures of a folder into a stream file. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "Pack the pictures in DIR (png, jpg, tiff, bmp, ico, pnm/pgm/ppm/pbm/pam, tga, pcx, sgi, webp; in order of their names) into a stream file.")
final class PackCommand implements Callable<Integer> {
    /** The time between packed frames unless {@code --interval} says otherwise. */
    static final Duration DEFAULT_INTERVAL = Duration.ofMillis(100);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of pictures.")
    Path folder;

    @Parameters(index = "1", paramLabel = "FILE", description = "The stream file to write.")
    Path output;

    @Option(names = "--pixformat", paramLabel = "FORMAT", converter = PixelFormats.class,
            description = "Pixel format of the frames (default: RGB565, or GRAYSCALE when the first picture is grey). "
                    + "JPEG keeps the bytes of .jpg files, PNG those of .png files.")
    PixelFormat format;

    @Option(names = "--interval", paramLabel = "TIME", converter = Durations.class,
            description = "Time between frames, such as 100ms or 0.5s (default: ${DEFAULT-VALUE}).")
    Duration interval = DEFAULT_INTERVAL;

    @Option(names = "--quality", paramLabel = "Q", description = "JPEG quality, 1-100 (default: ${DEFAULT-VALUE}).")
    int quality = FramePictures.DEFAULT_QUALITY;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PictureImport packer = new PictureImport(format, interval.toNanos() / 1_000, quality, Omvio.decodeOptions(spec));
        OutputFiles outputs = OutputFiles.reading(force, folder);
        outputs.check(output);
        List<Path> pictures = PictureImport.pictures(folder);
        int frames;
        try (StreamOutput out = StreamOutput.create(outputs, output)) {
            frames = packer.write(pictures, out);
            out.commit();
        }
        spec.commandLine().getOut().printf("packed %d frames into %s%n", frames, output);
        return 0;
    }
}
