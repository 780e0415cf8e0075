package dev.omvio.cli;

import dev.omvio.cli.media.ImageFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where a command creates output files. Before anything is opened for writing it
 * checks that the output is none of the command's inputs (the same file, also through a symbolic
 * or hard link, or a picture inside a folder of pictures it reads), that an existing file is
 * replaced only with {@code --force}, and that no symbolic link stands where the output goes.
 * Each output is then written to a temporary file beside it and moved into place when complete
 * ({@link OutputFile}), so a failure leaves neither a partial file nor a temporary one.
 */
final class OutputFiles {
    private final boolean force;
    private final List<Path> inputFiles = new ArrayList<>();
    private final List<Path> pictureFolders = new ArrayList<>();

    private OutputFiles(boolean force) {
        this.force = force;
    }

    /**
     * Outputs of a command that reads {@code inputs}: files, or folders whose pictures it reads.
     * Inputs that do not exist are left for the command to report.
     */
    static OutputFiles reading(boolean force, List<Path> inputs) {
        OutputFiles outputs = new OutputFiles(force);
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                outputs.pictureFolders.add(input);
            } else if (Files.exists(input)) {
                outputs.inputFiles.add(input);
            }
        }
        return outputs;
    }

    /** Outputs of a command that reads {@code inputs}. */
    static OutputFiles reading(boolean force, Path... inputs) {
        return reading(force, List.of(inputs));
    }

    /**
     * Checks, before anything is written, that {@code file} may become an output.
     *
     * @throws BadInputException if it is one of the inputs, or would be read as one
     * @throws FileAlreadyExistsException if it exists and {@code --force} was not given
     * @throws FileSystemException if a symbolic link stands where it goes (it could point anywhere)
     */
    void check(Path file) throws IOException {
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (exists) {
            for (Path input : inputFiles) {
                if (Files.exists(file) && Files.isSameFile(file, input)) {
                    throw new BadInputException("refusing to write " + file + ": it is the input " + input);
                }
            }
        }
        Path folder = file.toAbsolutePath().getParent();
        for (Path pictures : pictureFolders) {
            if (folder != null && Files.isDirectory(folder) && Files.isSameFile(folder, pictures)
                    && ImageFiles.isPicture(file)) {
                throw new BadInputException("refusing to write " + file + ": it is a picture in the input folder "
                        + pictures);
            }
        }
        if (Files.isSymbolicLink(file)) {
            throw new FileSystemException(file.toString(), null, "is a symbolic link, which is never replaced");
        }
        if (exists && !force) {
            throw new FileAlreadyExistsException(file.toString());
        }
    }

    /** Checks {@code file} and starts writing it beside its place, to be moved there when complete. */
    OutputFile create(Path file) throws IOException {
        check(file);
        return OutputFile.beside(file, force);
    }

    /**
     * Checks {@code file} and starts a recording straight into it, so that a crash loses no frame
     * written: a new file, or with {@code --force} the existing one, which the stream's writer
     * lock guards (a file another writer holds is refused, not replaced under it).
     */
    OutputFile createForRecording(Path file) throws IOException {
        check(file);
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? OutputFile.overExisting(file) : OutputFile.inPlace(file);
    }

    /** Checks {@code file} and writes {@code data} into it, complete or not at all. */
    void write(Path file, ByteBuffer data) throws IOException {
        try (OutputFile output = create(file)) {
            try (FileChannel out = FileChannel.open(output.path(), StandardOpenOption.WRITE)) {
                while (data.hasRemaining()) {
                    out.write(data);
                }
            }
            output.commit();
        }
    }

    /**
     * The file called {@code name} directly inside {@code folder}.
     *
     * @throws BadInputException if the name would lead anywhere else
     */
    static Path inside(Path folder, String name) {
        Path base = folder.toAbsolutePath().normalize();
        Path file = base.resolve(name).normalize();
        if (!base.equals(file.getParent())) {
            throw new BadInputException("refusing to write " + file + ": outside " + base);
        }
        return file;
    }
}
