package dev.omvio.spark;

import org.apache.spark.sql.connector.metric.CustomSumMetric;

/**
 * The metric of the damaged tails a scan met (and of unreadable frames it returned without
 * pixels or left out), shown on the scan in Spark's SQL UI. Public with a no-argument
 * constructor because Spark creates it by name.
 */
public final class MalformedRecords extends CustomSumMetric {
    /** The metric's name in the scan's metrics. */
    public static final String NAME = "malformedRecords";

    /** Creates the metric. */
    public MalformedRecords() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "damaged tails and unreadable frames";
    }
}
