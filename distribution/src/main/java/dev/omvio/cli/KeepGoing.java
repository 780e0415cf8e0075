package dev.omvio.cli;

import dev.omvio.codec.DecodeOptions;
import dev.omvio.stream.ImageStream;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --keep-going} option of commands that decode frames: skip frames that do not decode. */
final class KeepGoing {
    @Option(names = "--keep-going",
            description = "Skip frames that do not decode and name them at the end (exit code 1 if any were skipped) "
                    + "instead of stopping at the first.")
    boolean enabled;

    /** Decoding the frames of {@code stream}, read from {@code file}, with {@code options}, as the option says. */
    FrameDecoding on(Path file, ImageStream stream, DecodeOptions options) {
        return new FrameDecoding(file, stream, enabled, options);
    }
}
