package dev.omvio.core.file;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Many threads calling readFrame on one stream see exactly what one thread sees. */
class ConcurrentReadTest {
    @TempDir
    Path dir;

    @Test
    void manyThreadsReadTheSameBytesAsOne() throws Exception {
        Path file = dir.resolve("c.bin");
        Random random = new Random(42);
        PixelFormat[] formats = {PixelFormat.GRAYSCALE, PixelFormat.RGB565, PixelFormat.JPEG, PixelFormat.BINARY};
        try (ImageStream out = ImageStreams.open(file, "w")) {
            for (int i = 0; i < 300; i++) {
                PixelFormat format = formats[i % formats.length];
                int width = 1 + random.nextInt(60);
                int height = 1 + random.nextInt(60);
                byte[] data = new byte[format.isCompressed() ? 1 + random.nextInt(3000) : (int) format.dataSize(width, height)];
                random.nextBytes(data);
                out.write(Image.of(width, height, format, data), i * 1_000L);
            }
        }
        try (ImageStream in = ImageStreams.open(file, "r")) {
            List<Image> expected = new ArrayList<>();
            for (Image image : in.images()) {
                expected.add(image);
            }
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Callable<List<Image>>> readers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    long seed = t;
                    readers.add(() -> readAllInRandomOrder(in, seed));
                }
                for (Future<List<Image>> result : pool.invokeAll(readers)) {
                    assertThat(result.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static List<Image> readAllInRandomOrder(ImageStream in, long seed) throws IOException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < in.count(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        Image[] images = new Image[in.count()];
        for (int round = 0; round < 3; round++) {
            for (int i : order) {
                images[i] = in.readFrame(i);
                assertThat(in.frameInfo(i).index()).isEqualTo(i);
            }
        }
        return List.of(images);
    }
}
