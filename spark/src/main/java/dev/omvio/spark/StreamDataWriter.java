package dev.omvio.spark;

import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.write.DataWriter;
import org.apache.spark.sql.connector.write.WriterCommitMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one task's rows into one version 2.0 stream file with the file engine, under a hidden
 * name until the job commits. A task of no rows writes no file.
 */
final class StreamDataWriter implements DataWriter<InternalRow> {
    private final Path folder;
    private final String name;
    private final String temporaryName;
    private final WriteColumns columns;
    private ImageStream stream;
    private long frames;

    StreamDataWriter(Path folder, String name, String temporaryName, WriteColumns columns) {
        this.folder = folder;
        this.name = name;
        this.temporaryName = temporaryName;
        this.columns = columns;
    }

    @Override
    public void write(InternalRow row) throws IOException {
        if (stream == null) {
            Files.createDirectories(folder);
            stream = ImageStreams.open(folder.resolve(temporaryName), "w");
        }
        try {
            stream.write(columns.frame(row), columns.intervalMicros(row));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("row " + frames + " of the task writing " + name + ": " + e.getMessage(), e);
        }
        frames++;
    }

    @Override
    public WriterCommitMessage commit() throws IOException {
        if (stream == null) {
            return null;
        }
        stream.sync();
        stream.close();
        return new WrittenFile(temporaryName, name, frames);
    }

    @Override
    public void abort() throws IOException {
        close();
        Files.deleteIfExists(folder.resolve(temporaryName));
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
    }
}
