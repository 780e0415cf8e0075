package dev.omvio.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.datasources.v2.BatchScanExec;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The one local Spark session of the module's tests (starting one takes seconds): two worker
 * threads, no UI, no adaptive execution (so the scan stays a leaf of the executed plan, where
 * its metrics are read).
 */
final class TestSpark {
    private static SparkSession session;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("omvio-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.adaptive.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }

    /** The value of the openmv scan's metric {@code name} after {@code executed} has run. */
    static long scanMetric(Dataset<?> executed, String name) {
        SparkPlan plan = executed.queryExecution().executedPlan();
        for (SparkPlan leaf : CollectionConverters.asJava(plan.collectLeaves())) {
            if (leaf instanceof BatchScanExec scan) {
                return scan.metrics().apply(name).value();
            }
        }
        throw new AssertionError("no batch scan in " + plan);
    }
}
