package dev.omvio.bench.codec;

import dev.omvio.bench.fixture.Resolution;
import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.DecodeOptions;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Case 5 without {@code jdk.incubator.vector}: the bilinear demosaic of {@link DemosaicBenchmark}
 * with the portable kernel (eight pixels per {@code long}) that applications and the {@code omvio}
 * tool use, reported against that benchmark's OpenCV figures.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PortableDemosaicBenchmark {
    private static final DecodeOptions BILINEAR = DecodeOptions.DEFAULT.withBayer(BayerAlgorithm.BILINEAR);

    @Param({"VGA", "HD1080"})
    public Resolution resolution;

    private BayerDecode omvio;

    @Setup
    public void setUp() {
        if (ModuleLayer.boot().findModule(DemosaicBenchmark.VECTOR_MODULE).isPresent()) {
            throw new IllegalStateException("these rows measure the portable kernel: run without " + DemosaicBenchmark.VECTOR_MODULE);
        }
        omvio = new BayerDecode(resolution);
    }

    @Benchmark
    public int[] omvioBilinearOneThread() {
        return omvio.decode(BILINEAR.withParallelism(1));
    }

    @Benchmark
    public int[] omvioBilinearAllCores() {
        return omvio.decode(BILINEAR.withParallelism(Runtime.getRuntime().availableProcessors()));
    }
}
