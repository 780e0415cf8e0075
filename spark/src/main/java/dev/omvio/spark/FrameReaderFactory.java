package dev.omvio.spark;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;

import java.io.Serializable;
import java.util.List;

/**
 * Sent to the executors: makes a {@link FramePartitionReader} for each partition.
 *
 * @param columns the columns the query needs, in the order of the scan's read schema
 * @param imageFields the fields of the image column the query needs, as positions in Spark's image schema
 * @param options the read's options
 * @param predicate the filters the source applies
 */
record FrameReaderFactory(List<FrameColumns> columns, int[] imageFields, ReadOptions options, FramePredicate predicate)
        implements PartitionReaderFactory, Serializable {

    private static final long serialVersionUID = 1L;

    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
        return new FramePartitionReader((FramePartition) partition, columns, imageFields, options, predicate);
    }
}
