package dev.omvio.bench.codec;

import dev.omvio.bench.fixture.Frames;
import dev.omvio.bench.fixture.Resolution;
import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    private Image mosaic;
    private PixelCodec codec;
    private int[] argb;

    @Setup
    public void setUp() {
        if (ModuleLayer.boot().findModule(DemosaicBenchmark.VECTOR_MODULE).isPresent()) {
            throw new IllegalStateException("these rows measure the portable kernel: run without " + DemosaicBenchmark.VECTOR_MODULE);
        }
        mosaic = Frames.of(resolution, PixelFormat.BAYER_BGGR);
        codec = PixelCodecs.decoder(PixelFormat.BAYER_BGGR);
        argb = new int[resolution.pixels()];
    }

    @Benchmark
    public int[] omvioBilinearOneThread() {
        return decode(BILINEAR.withParallelism(1));
    }

    @Benchmark
    public int[] omvioBilinearAllCores() {
        return decode(BILINEAR.withParallelism(Runtime.getRuntime().availableProcessors()));
    }

    private int[] decode(DecodeOptions options) {
        try {
            codec.decode(mosaic, options, argb, 0, resolution.width());
        } catch (IOException e) { // a frame made by the mosaic encoder is never damaged
            throw new UncheckedIOException(e);
        }
        return argb;
    }
}
