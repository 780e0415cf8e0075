package dev.omvio.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one place where the tool creates output files: an existing file is kept unless the
 * command was given {@code --force}, and a file named inside a folder must stay inside it.
 */
final class OutputFiles {
    private static final OpenOption[] CREATE_NEW = {
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS};
    // A symbolic link planted where an output goes is refused even with --force: it could point anywhere.
    private static final OpenOption[] OVERWRITE = {
        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS};

    private OutputFiles() {
    }

    /**
     * Checks, before a writer that truncates opens it, that {@code file} may be written.
     *
     * @throws FileAlreadyExistsException if it exists and {@code force} is false
     */
    static void checkWritable(Path file, boolean force) throws FileAlreadyExistsException {
        if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(file.toString());
        }
    }

    /** Creates {@code file} (replacing it only with {@code force}) and writes {@code data} into it. */
    static void write(Path file, ByteBuffer data, boolean force) throws IOException {
        try (FileChannel out = FileChannel.open(file, force ? OVERWRITE : CREATE_NEW)) {
            while (data.hasRemaining()) {
                out.write(data);
            }
        }
    }

    /** Creates {@code file} (replacing it only with {@code force}) for writing as a stream of bytes. */
    static OutputStream create(Path file, boolean force) throws IOException {
        return Channels.newOutputStream(FileChannel.open(file, force ? OVERWRITE : CREATE_NEW));
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
