package dev.omvio.codecs.support;

import dev.omvio.codec.DecodeOptions;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a row-by-row job over a frame, split into bands when that pays. The calling thread works
 * too: it and up to {@code parallelism - 1} helpers on the common fork-join pool take the next
 * band until none is left, so a helper that starts late (a busy pool) costs nothing but its
 * start: the caller has then done its bands itself.
 */
public final class RowBands {
    /** Bands per thread: a few, so a thread that starts late still finds work, each band still long. */
    private static final int BANDS_PER_THREAD = 4;
    /** The fewest rows in a band: below this the hand-off costs more than the band. */
    private static final int MIN_BAND_ROWS = 16;

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
     * for parallelism 1 or a small frame, else on as many threads as the parallelism allows
     * (0: the number of processors, for frames of at least {@link DecodeOptions#PARALLEL_THRESHOLD} pixels).
     * An exception a band throws is thrown here, once all bands have stopped.
     */
    public static void run(int width, int height, int parallelism, Job job) {
        int threads = threads((long) width * height, height, parallelism);
        if (threads <= 1) {
            job.rows(0, height);
            return;
        }
        new Shared(job, height, bands(height, threads)).run(threads);
    }

    static int threads(long pixels, int height, int parallelism) {
        int wanted = parallelism == 0
                ? (pixels >= DecodeOptions.PARALLEL_THRESHOLD ? Runtime.getRuntime().availableProcessors() : 1)
                : parallelism;
        return Math.max(1, Math.min(wanted, height));
    }

    /** How many bands {@code threads} threads share: a few each, none shorter than the minimum unless the frame is. */
    static int bands(int height, int threads) {
        return Math.max(threads, Math.min(threads * BANDS_PER_THREAD, height / MIN_BAND_ROWS));
    }

    /** The bands of one run, taken in turn by whichever thread asks next. */
    private static final class Shared {
        private final Job job;
        private final int height;
        private final int bands;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch done;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Shared(Job job, int height, int bands) {
            this.job = job;
            this.height = height;
            this.bands = bands;
            this.done = new CountDownLatch(bands);
        }

        void run(int threads) {
            ForkJoinPool pool = ForkJoinPool.commonPool();
            for (int helper = 1; helper < threads; helper++) {
                pool.execute(this::work);
            }
            work();
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) { // the bands still write into the caller's array: wait for them
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable thrown = failure.get();
            if (thrown instanceof RuntimeException e) {
                throw e;
            }
            if (thrown instanceof Error e) {
                throw e;
            }
        }

        private void work() {
            for (int band = next.getAndIncrement(); band < bands; band = next.getAndIncrement()) {
                try {
                    job.rows(rowOf(band), rowOf(band + 1));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        }

        private int rowOf(int band) {
            return (int) ((long) band * height / bands);
        }
    }
}
