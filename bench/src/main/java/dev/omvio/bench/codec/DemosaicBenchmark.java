package dev.omvio.bench.codec;

import dev.omvio.bench.baseline.NaiveBilinearDemosaic;
import dev.omvio.bench.fixture.Resolution;
import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.DecodeOptions;

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
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
 * Case 5: demosaicking a BGGR frame of the camera picture into a reused ARGB array, with
 * omvio's bilinear and edge-aware (Malvar-He-Cutler) algorithms on one thread and on all cores,
 * against OpenCV's {@code cvtColor} on one thread (bilinear; edge-aware "_EA") into a reused
 * BGR {@code Mat}, and against a naive per-pixel bilinear written with {@code setRGB}.
 *
 * <p>The forks add {@code jdk.incubator.vector}, as the {@code omvio} launcher does not, so the
 * bilinear rows here are the Vector API kernel's; {@link PortableDemosaicBenchmark} measures the
 * portable kernel that applications get without the module.
 */
@State(Scope.Thread)
@Fork(jvmArgsAppend = "--add-modules=" + DemosaicBenchmark.VECTOR_MODULE)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DemosaicBenchmark {
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    // OpenCV names a pattern by the second and third pixels of its second row: BGGR is "BayerRG".
    private static final int OPENCV_BILINEAR = opencv_imgproc.COLOR_BayerRG2BGR;
    private static final int OPENCV_EDGE_AWARE = opencv_imgproc.COLOR_BayerRG2BGR_EA;
    private static final DecodeOptions ONE_THREAD = DecodeOptions.DEFAULT.withParallelism(1);
    private static final DecodeOptions ALL_CORES =
            DecodeOptions.DEFAULT.withParallelism(Runtime.getRuntime().availableProcessors());

    @Param({"VGA", "HD1080"})
    public Resolution resolution;

    private BayerDecode omvio;
    private Mat opencvMosaic;
    private Mat opencvBgr;
    private NaiveBilinearDemosaic naive;
    private BufferedImage naiveTarget;

    @Setup
    public void setUp() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            throw new IllegalStateException("these rows measure the Vector API kernel: add " + VECTOR_MODULE);
        }
        omvio = new BayerDecode(resolution);
        byte[] mosaic = omvio.mosaic().toByteArray();
        int width = resolution.width();
        int height = resolution.height();
        opencv_core.setNumThreads(1);
        opencvMosaic = new Mat(height, width, opencv_core.CV_8UC1);
        opencvMosaic.data().put(mosaic);
        opencvBgr = new Mat(height, width, opencv_core.CV_8UC3);
        naive = new NaiveBilinearDemosaic(mosaic, width, height);
        naiveTarget = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        checkSameWork();
    }

    // A ratio only means something if both sides compute the same picture: omvio's bilinear
    // result must equal the naive and OpenCV ones away from the borders, where each of the
    // three fills in missing neighbours its own way.
    private void checkSameWork() {
        if (opencv_core.getNumThreads() != 1) {
            throw new IllegalStateException("OpenCV did not switch to one thread");
        }
        int[] ours = omvioBilinearOneThread().clone();
        int[] naiveArgb = naiveBilinear().getRGB(0, 0, resolution.width(), resolution.height(), null, 0, resolution.width());
        byte[] bgr = new byte[resolution.pixels() * 3];
        opencvBilinearOneThread().data().get(bgr);
        int width = resolution.width();
        for (int y = 0; y < resolution.height(); y++) {
            for (int x = 0; x < width; x++) {
                int pixel = ours[y * width + x];
                boolean interior = x >= 2 && y >= 2 && x < width - 2 && y < resolution.height() - 2;
                int at = (y * width + x) * 3;
                int opencvRgb = 0xFF000000 | (bgr[at + 2] & 0xFF) << 16 | (bgr[at + 1] & 0xFF) << 8 | bgr[at] & 0xFF;
                if (interior && (pixel != naiveArgb[y * width + x] || pixel != opencvRgb)) {
                    throw new IllegalStateException("bilinear results differ at (" + x + ", " + y + "): omvio "
                            + Integer.toHexString(pixel) + ", naive " + Integer.toHexString(naiveArgb[y * width + x])
                            + ", OpenCV " + Integer.toHexString(opencvRgb));
                }
            }
        }
    }

    @TearDown
    public void tearDown() {
        opencvMosaic.close();
        opencvBgr.close();
    }

    @Benchmark
    public int[] omvioBilinearOneThread() {
        return omvio.decode(ONE_THREAD.withBayer(BayerAlgorithm.BILINEAR));
    }

    @Benchmark
    public int[] omvioBilinearAllCores() {
        return omvio.decode(ALL_CORES.withBayer(BayerAlgorithm.BILINEAR));
    }

    @Benchmark
    public int[] omvioEdgeAwareOneThread() {
        return omvio.decode(ONE_THREAD.withBayer(BayerAlgorithm.EDGE_AWARE));
    }

    @Benchmark
    public int[] omvioEdgeAwareAllCores() {
        return omvio.decode(ALL_CORES.withBayer(BayerAlgorithm.EDGE_AWARE));
    }

    @Benchmark
    public Mat opencvBilinearOneThread() {
        opencv_imgproc.cvtColor(opencvMosaic, opencvBgr, OPENCV_BILINEAR);
        return opencvBgr;
    }

    @Benchmark
    public Mat opencvEdgeAwareOneThread() {
        opencv_imgproc.cvtColor(opencvMosaic, opencvBgr, OPENCV_EDGE_AWARE);
        return opencvBgr;
    }

    @Benchmark
    public BufferedImage naiveBilinear() {
        return naive.demosaicInto(naiveTarget);
    }
}
