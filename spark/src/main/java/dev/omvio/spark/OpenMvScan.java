package dev.omvio.spark;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.metric.CustomMetric;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A batch scan of stream files: planned on the driver by {@link SplitPlanner}, read by {@link FramePartitionReader}s. */
final class OpenMvScan implements Scan, Batch {
    private final ReadOptions options;
    private final StructType readSchema;
    private final FramePredicate predicate;
    private InputPartition[] partitions; // planned once

    OpenMvScan(ReadOptions options, StructType readSchema, FramePredicate predicate) {
        this.options = options;
        this.readSchema = readSchema;
        this.predicate = predicate;
    }

    @Override
    public StructType readSchema() {
        return readSchema;
    }

    @Override
    public String description() {
        return "openmv " + options.paths() + " mode " + options.mode() + ", " + predicate;
    }

    @Override
    public Batch toBatch() {
        return this;
    }

    // Spark asks a scan's batch for its partitions again from copies of the plan node holding it:
    // without this, a query's driver walked every file's headers twice.
    @Override
    public synchronized InputPartition[] planInputPartitions() {
        if (partitions == null) {
            partitions = plan();
        }
        return partitions.clone();
    }

    private InputPartition[] plan() {
        SparkSession session = SparkSession.active();
        List<Path> files;
        try {
            files = RecordingFiles.list(options, session.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return new SplitPlanner(options, predicate, minPartitions(session)).plan(files).toArray(new InputPartition[0]);
    }

    // As Spark's file sources: spark.sql.files.minPartitionNum, else the leaf nodes' default parallelism.
    private static int minPartitions(SparkSession session) {
        for (String key : List.of("spark.sql.files.minPartitionNum", "spark.sql.leafNodeDefaultParallelism")) {
            if (session.conf().contains(key)) {
                return Integer.parseInt(session.conf().get(key).trim());
            }
        }
        return session.sparkContext().defaultParallelism();
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        List<FrameColumns> columns = new ArrayList<>();
        int[] imageFields = new int[0];
        for (StructField field : readSchema.fields()) {
            FrameColumns column = FrameColumns.named(field.name());
            columns.add(column);
            if (column == FrameColumns.IMAGE) {
                // Spark prunes nested fields too: a query of image.data asks for that field alone.
                imageFields = Arrays.stream(((StructType) field.dataType()).fieldNames())
                        .mapToInt(name -> FrameColumns.imageType().fieldIndex(name)).toArray();
            }
        }
        return new FrameReaderFactory(List.copyOf(columns), imageFields, options, predicate);
    }

    @Override
    public CustomMetric[] supportedCustomMetrics() {
        return new CustomMetric[] {new FrameBytesRead(), new MalformedRecords()};
    }
}
