package dev.omvio.bench.spark;

import dev.omvio.bench.fixture.StreamFiles;
import dev.omvio.bench.stream.RawFrames;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Case 8: every frame's data of one recording (1000 or 10000 QVGA RGB565 frames, 154 MB or
 * 1.54 GB, warm page cache) read through {@code spark.read().format("openmv")} on a local session with one worker
 * thread per core, the file cut into two partitions per core, against
 * {@code ImageStreams.open} + {@code readFrame} of every frame on one thread. Both sum the
 * frames' data sizes, so both read every byte. The report divides the speed ratio by the cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsPrepend = {
    // Spark's own list (org.apache.spark.launcher.JavaModuleOptions), as spark-submit sets it.
    "-XX:+IgnoreUnrecognizedVMOptions", "--add-modules=jdk.incubator.vector",
    "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
    "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
    "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true"})
public class SparkReadBenchmark {
    /**
     * Frames in the recording: 1000 (154 MB) shows the fixed cost of a query (planning, the
     * driver indexing the file, scheduling); 10000 (1.54 GB) shows the throughput a source of
     * many large recordings is judged on.
     */
    @Param({"1000", "10000"})
    public int frames;

    private StreamFiles files;
    private Path file;
    private SparkSession spark;
    private long partitionBytes;

    @Setup
    public void setUp() throws IOException {
        files = StreamFiles.create();
        file = files.write("spark.bin", RawFrames.QVGA_RGB565.frame(), frames);
        int cores = Runtime.getRuntime().availableProcessors();
        partitionBytes = Files.size(file) / (2L * cores) + 1;
        spark = SparkSession.builder().master("local[" + cores + "]").appName("omvio-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @TearDown
    public void tearDown() {
        spark.stop();
        files.close();
    }

    @Benchmark
    public long sparkRead() {
        return spark.read().format("openmv").option("maxPartitionBytes", partitionBytes).load(file.toString())
                .selectExpr("sum(length(data))").first().getLong(0);
    }

    @Benchmark
    public long engineReadOneThread() throws IOException {
        long bytes = 0;
        try (ImageStream stream = ImageStreams.open(file, "r")) {
            for (int i = 0; i < stream.count(); i++) {
                bytes += stream.readFrame(i).dataSize();
            }
        }
        return bytes;
    }
}
