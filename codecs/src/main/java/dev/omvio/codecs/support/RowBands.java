package dev.omvio.codecs.support;

import dev.omvio.codec.DecodeOptions;

import java.util.stream.IntStream;

/** Runs a row-by-row job over a frame, split into bands on the common fork-join pool when that pays. */
public final class RowBands {
    private RowBands() {
    }

    /** A job over the rows {@code fromRow} (inclusive) to {@code toRow} (exclusive). */
    @FunctionalInterface
    public interface Job {
        /** Processes the rows {@code fromRow} to {@code toRow - 1}. */
        void rows(int fromRow, int toRow);
    }

    /**
     * Runs {@code job} over {@code height} rows of {@code width} pixels: on the calling thread
     * for parallelism 1 or a small frame, else in as many bands as the parallelism allows
     * (0: the number of processors, for frames of at least {@link DecodeOptions#PARALLEL_THRESHOLD} pixels).
     */
    public static void run(int width, int height, int parallelism, Job job) {
        int bands = bands((long) width * height, height, parallelism);
        if (bands <= 1) {
            job.rows(0, height);
            return;
        }
        IntStream.range(0, bands).parallel()
                .forEach(band -> job.rows(rowOf(band, bands, height), rowOf(band + 1, bands, height)));
    }

    static int bands(long pixels, int height, int parallelism) {
        int wanted = parallelism == 0
                ? (pixels >= DecodeOptions.PARALLEL_THRESHOLD ? Runtime.getRuntime().availableProcessors() : 1)
                : parallelism;
        return Math.max(1, Math.min(wanted, height));
    }

    private static int rowOf(int band, int bands, int height) {
        return (int) ((long) band * height / bands);
    }
}
