package dev.omvio.spark;

import org.apache.spark.sql.connector.metric.CustomTaskMetric;

/** One task's value of a metric. */
record TaskMetric(String name, long value) implements CustomTaskMetric {
}
