package dev.omvio.bench.spark;

import dev.omvio.bench.fixture.StreamFiles;
import dev.omvio.bench.stream.RawFrames;
import dev.omvio.core.file.split.FrameRunReader;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Case 8's ceiling: the recording of {@link SparkReadBenchmark} read by the file engine alone on
 * every core, as Spark's tasks read it but without Spark: the file indexed once at set-up (as the
 * driver plans, and keeps the index for the next query), then per operation one
 * {@link FrameRunReader} per core over an equal run of frames, every frame's data read. Against {@link SparkReadBenchmark#engineReadOneThread()}, per core, it shows how
 * far the machine lets more cores read one warm file faster: the frames come from the page
 * cache, so both ways are copies through memory, and no Spark query can scale better than this.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParallelReadBenchmark {
    /** Frames in the recording: the 1.54 GB size case 8's target is judged on. */
    @Param({"10000"})
    public int frames;

    private StreamFiles files;
    private Path file;
    private ExecutorService cores;
    private int threads;
    private List<FrameInfo> infos;

    @Setup
    public void setUp() throws IOException {
        files = StreamFiles.create();
        file = files.write("parallel.bin", RawFrames.QVGA_RGB565.frame(), frames);
        threads = Runtime.getRuntime().availableProcessors();
        cores = Executors.newFixedThreadPool(threads);
        try (ImageStream stream = ImageStreams.open(file, "r")) {
            infos = stream.frameInfos();
        }
    }

    @TearDown
    public void tearDown() {
        cores.shutdownNow();
        files.close();
    }

    @Benchmark
    public long engineReadAllCores() throws InterruptedException, ExecutionException {
        List<Future<Long>> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = (int) ((long) infos.size() * t / threads);
            int end = (int) ((long) infos.size() * (t + 1) / threads);
            long offset = infos.get(first).offset();
            runs.add(cores.submit(() -> readRun(first, end - first, offset)));
        }
        long bytes = 0;
        for (Future<Long> run : runs) {
            bytes += run.get();
        }
        return bytes;
    }

    private long readRun(int first, int count, long offset) throws IOException {
        long bytes = 0;
        try (FrameRunReader run = FrameRunReader.open(file, offset, first, count)) {
            for (Optional<FrameInfo> frame = run.next(); frame.isPresent(); frame = run.next()) {
                bytes += run.read().dataSize();
            }
        }
        return bytes;
    }
}
