package dev.omvio.cli;

import dev.omvio.stream.DamagedTail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code omvio repair}: cuts a stream file's damaged tail off, in place. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Cut the damaged tail (the bytes after the last whole frame) off a stream file, in place.")
final class RepairCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The stream file.")
    Path file;

    @Override
    public Integer call() throws IOException {
        Optional<DamagedTail> removed = StreamFiles.repair(file);
        PrintWriter out = spec.commandLine().getOut();
        if (removed.isPresent()) {
            DamagedTail tail = removed.get();
            out.printf("%s: removed %d bytes at offset %d: %s%n", file, tail.length(), tail.offset(), tail.reason());
        } else {
            out.printf("%s: no damaged tail, nothing removed%n", file);
        }
        out.flush();
        return 0;
    }
}
