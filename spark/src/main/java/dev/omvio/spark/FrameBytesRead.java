package dev.omvio.spark;

import org.apache.spark.sql.connector.metric.CustomSumMetric;

/**
 * The metric of the bytes of frame data a scan read, shown on the scan in Spark's SQL UI: zero
 * when neither {@code data} nor {@code image} is selected, since chunk headers are all that is
 * read then. Public with a no-argument constructor because Spark creates it by name.
 */
public final class FrameBytesRead extends CustomSumMetric {
    /** The metric's name in the scan's metrics. */
    public static final String NAME = "frameBytesRead";

    /** Creates the metric. */
    public FrameBytesRead() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "frame data bytes read";
    }
}
