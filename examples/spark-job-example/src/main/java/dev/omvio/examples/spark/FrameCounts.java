package dev.omvio.examples.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.List;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;

/**
 * Counts the frames of every recording under a folder, per recording and per pixel format, and
 * writes every frame (its metadata and bytes) to Parquet.
 *
 * <pre>
 * spark-submit --class dev.omvio.examples.spark.FrameCounts --jars ... job.jar recordings/ frames.parquet
 * </pre>
 */
public final class FrameCounts {
    private FrameCounts() {
    }

    /**
     * The two tables of counts.
     *
     * @param perRecording path, frames and duration_us (time of the last frame), sorted by path
     * @param perFormat pixformat and frames, sorted by pixformat
     */
    public record Counts(List<Row> perRecording, List<Row> perFormat) {
    }

    /**
     * Runs the job and prints the counts.
     *
     * @param args the recordings' folder and the Parquet output
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: FrameCounts RECORDINGS_FOLDER PARQUET_OUTPUT");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("omvio frame counts").getOrCreate();
        try {
            Counts counts = run(spark, args[0], args[1]);
            counts.perRecording().forEach(System.out::println);
            counts.perFormat().forEach(System.out::println);
        } finally {
            spark.stop();
        }
    }

    /**
     * Reads every recording under {@code recordings} (to any depth), counts its frames, and
     * writes the frames to {@code parquet}, replacing what is there.
     *
     * @param spark the session to run on
     * @param recordings a folder of stream files
     * @param parquet where the frames go
     * @return the counts
     */
    public static Counts run(SparkSession spark, String recordings, String parquet) {
        Dataset<Row> frames = spark.read().format("openmv").option("recursiveFileLookup", "true").load(recordings);
        // Only header columns: these counts read no frame data.
        List<Row> perRecording = frames.groupBy("path")
                .agg(count("*").as("frames"), max("time_us").as("duration_us"))
                .select("path", "frames", "duration_us")
                .orderBy("path").collectAsList();
        List<Row> perFormat = frames.groupBy("pixformat").agg(count("*").as("frames")).orderBy("pixformat").collectAsList();
        frames.write().mode("overwrite").parquet(parquet);
        return new Counts(perRecording, perFormat);
    }
}
