package dev.omvio.spark;

import org.apache.spark.sql.connector.read.InputPartition;

import java.util.List;

/**
 * What one task reads: slices of one or more files, in order. A large file is cut into many
 * slices at frame boundaries; small files are packed together, as Spark's file sources do.
 */
record FramePartition(List<FileSlice> slices) implements InputPartition {
    private static final long serialVersionUID = 1L;
}
