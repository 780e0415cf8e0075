package dev.omvio.spark;

import org.apache.spark.sql.connector.write.BatchWrite;
import org.apache.spark.sql.connector.write.DataWriterFactory;
import org.apache.spark.sql.connector.write.PhysicalWriteInfo;
import org.apache.spark.sql.connector.write.WriterCommitMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The driver's side of a write: tasks write hidden files ({@code .part-*.bin.tmp}, which reads
 * skip) and the commit gives them their names, so a failed or aborted job leaves no stream file
 * behind and an overwrite removes the old files only once the new ones are complete.
 */
final class StreamBatchWrite implements BatchWrite {
    private final Path folder;
    private final String queryId;
    private final WriteColumns columns;
    private final boolean overwrite;

    StreamBatchWrite(Path folder, String queryId, WriteColumns columns, boolean overwrite) {
        this.folder = folder;
        this.queryId = queryId;
        this.columns = columns;
        this.overwrite = overwrite;
    }

    @Override
    public DataWriterFactory createBatchWriterFactory(PhysicalWriteInfo info) {
        return new StreamWriterFactory(folder.toString(), queryId, columns);
    }

    @Override
    public void commit(WriterCommitMessage[] messages) {
        try {
            Set<Path> written = new HashSet<>();
            for (WriterCommitMessage message : messages) {
                if (message instanceof WrittenFile file) {
                    written.add(folder.resolve(file.name()));
                }
            }
            if (overwrite && Files.isDirectory(folder)) {
                try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, "part-*.bin")) {
                    for (Path file : old) {
                        if (!written.contains(file)) {
                            Files.delete(file);
                        }
                    }
                }
            }
            for (WriterCommitMessage message : messages) {
                if (message instanceof WrittenFile file) {
                    Files.move(folder.resolve(file.temporaryName()), folder.resolve(file.name()), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the stream files in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void abort(WriterCommitMessage[] messages) {
        for (WriterCommitMessage message : messages) {
            if (message instanceof WrittenFile file) {
                try {
                    Files.deleteIfExists(folder.resolve(file.temporaryName()));
                } catch (IOException e) {
                    // Nothing more to do: the hidden file is skipped by reads.
                }
            }
        }
    }
}
