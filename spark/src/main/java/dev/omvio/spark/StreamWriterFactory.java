package dev.omvio.spark;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.write.DataWriter;
import org.apache.spark.sql.connector.write.DataWriterFactory;

import java.nio.file.Paths;

/**
 * Sent to the executors: makes a {@link StreamDataWriter} for each task.
 *
 * @param folder the output folder
 * @param queryId the write's id, part of every file name so that appends never collide
 * @param columns where rows keep their frames
 */
record StreamWriterFactory(String folder, String queryId, WriteColumns columns) implements DataWriterFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public DataWriter<InternalRow> createWriter(int partitionId, long taskId) {
        return new StreamDataWriter(Paths.get(folder), String.format("part-%05d-%s.bin", partitionId, queryId),
                "." + String.format("part-%05d-%s-%d.bin.tmp", partitionId, queryId, taskId), columns);
    }
}
