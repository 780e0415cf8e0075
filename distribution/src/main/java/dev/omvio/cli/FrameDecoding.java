package dev.omvio.cli;

import dev.omvio.codec.DecodeOptions;
import dev.omvio.stream.ImageStream;

import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The decoding of a stream's frames by a command: a frame that does not decode ends the command
 * with an error naming the frame and its offset, or, going on, is skipped and reported at the end.
 */
final class FrameDecoding {
    /** Skipped frames listed by index at most; the count says how many more. */
    private static final int LISTED = 20;

    private final Path file;
    private final ImageStream stream;
    private final boolean keepGoing;
    private final DecodeOptions options;
    private final List<Integer> skipped = new ArrayList<>();
    private String firstReason;

    FrameDecoding(Path file, ImageStream stream, boolean keepGoing, DecodeOptions options) {
        this.file = file;
        this.stream = stream;
        this.keepGoing = keepGoing;
        this.options = options;
    }

    /** How frames are decoded: the command's pixel budget. */
    DecodeOptions options() {
        return options;
    }

    /** Work on one frame's pixels: decoding, and encoding what was decoded. */
    interface Work<T> {
        T run() throws IOException;
    }

    /**
     * What {@code work} makes of frame {@code index}, or empty if the frame does not decode and is skipped.
     *
     * @throws BadInputException naming the frame if it does not decode and skipping is off
     */
    <T> Optional<T> attempt(int index, Work<T> work) {
        try {
            return Optional.of(work.run());
        } catch (IOException | IllegalArgumentException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            if (!keepGoing) {
                throw new BadInputException(file + ": frame " + index + " at offset " + stream.frameInfo(index).offset()
                        + ": " + reason + " (--keep-going skips such frames)");
            }
            if (skipped.isEmpty()) {
                firstReason = "frame " + index + " at offset " + stream.frameInfo(index).offset() + ": " + reason;
            }
            skipped.add(index);
            return Optional.empty();
        }
    }

    /**
     * Checks that something is left to write after skipping.
     *
     * @throws BadInputException if no frame decoded
     */
    void requireDecoded(int decoded) {
        if (decoded == 0) {
            throw new BadInputException(file + ": no frame decodes (" + firstReason + ")");
        }
    }

    /**
     * Reports the skipped frames, if any, in one line on the command's standard error.
     *
     * @return the command's exit code: 0, or 1 if frames were skipped
     */
    int report(CommandSpec command) {
        if (skipped.isEmpty()) {
            return 0;
        }
        String indexes = skipped.stream().limit(LISTED).map(String::valueOf).collect(Collectors.joining(", "))
                + (skipped.size() > LISTED ? " and " + (skipped.size() - LISTED) + " more" : "");
        PrintWriter err = command.commandLine().getErr();
        err.printf("%s: %s: skipped %d %s: %s (%s)%n", command.qualifiedName(), file, skipped.size(),
                skipped.size() == 1 ? "frame that does not decode" : "frames that do not decode", indexes, firstReason);
        err.flush();
        return Omvio.FAILURE;
    }
}
