package dev.omvio.core.memory;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** readFrame and frameInfo from many threads at once agree with one thread. */
class ConcurrentReadTest {
    private static final int SLOTS = 24;
    private static final int THREADS = 8;
    private static final int READS_PER_THREAD = 3_000;

    @Test
    void manyReadersSeeWhatOneReaderSees() throws Exception {
        Random random = new Random(20240613);
        try (ImageStream stream = ImageStreams.allocate(64, 64, PixelFormat.GRAYSCALE, SLOTS)) {
            for (int slot = 0; slot < SLOTS; slot++) {
                int width = 1 + random.nextInt(64);
                int height = 1 + random.nextInt(64);
                byte[] data = new byte[width * height];
                random.nextBytes(data);
                stream.write(Image.of(width, height, PixelFormat.GRAYSCALE, data), slot);
            }
            List<Image> expected = new ArrayList<>();
            List<FrameInfo> expectedInfo = new ArrayList<>();
            for (int slot = 0; slot < SLOTS; slot++) {
                expected.add(stream.readFrame(slot));
                expectedInfo.add(stream.frameInfo(slot));
            }

            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> readers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                readers.add(() -> {
                    Random order = new Random(seed);
                    start.await();
                    int agreed = 0;
                    for (int i = 0; i < READS_PER_THREAD; i++) {
                        int slot = order.nextInt(SLOTS);
                        if (stream.readFrame(slot).equals(expected.get(slot))
                                && stream.frameInfo(slot).equals(expectedInfo.get(slot))) {
                            agreed++;
                        }
                    }
                    return agreed;
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (Callable<Integer> reader : readers) {
                    results.add(pool.submit(reader));
                }
                start.countDown();
                for (Future<Integer> result : results) {
                    assertThat(result.get()).isEqualTo(READS_PER_THREAD);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(stream.offset()).isEqualTo(SLOTS);
        }
    }
}
