package dev.omvio.core.memory;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store beyond 2 GiB, more than one direct buffer holds. It needs about 2.2 GB of direct
 * memory (surefire's argLine in this module's pom raises -XX:MaxDirectMemorySize for it); frames
 * are kept small because touching fresh memory is what makes this test slow. Full slots across
 * chunk boundaries are {@link SlotStoreTest}'s job.
 */
class LargeStoreTest {
    private static final int SIDE = 26_800;
    private static final long SLOT = 718_240_000L; // GRAYSCALE 26800 * 26800, = 22,445,000 * 32

    @Test
    void theLastSlotOfAStoreBeyondTwoGibibytesHoldsItsFrame() throws IOException {
        try (ImageStream stream = ImageStreams.allocate(SIDE, SIDE, PixelFormat.GRAYSCALE, 3)) {
            assertThat(stream.bufferSize()).hasValue(SLOT);
            assertThat(stream.size()).isEqualTo(2_154_720_000L).isGreaterThan(1L << 31);

            Image second = Image.of(3, 1, PixelFormat.GRAYSCALE, new byte[] {-1, 17, 0});
            Image last = Image.of(2, 2, PixelFormat.GRAYSCALE, new byte[] {1, 2, 3, 4});
            stream.seek(1).write(second, 5).write(last, 6);

            assertThat(stream.frameInfo(2))
                    .isEqualTo(new FrameInfo(2, 1_436_480_000L, 2, 2, PixelFormat.GRAYSCALE, 6, 4));
            assertThat(stream.readFrame(1)).isEqualTo(second);
            assertThat(stream.readFrame(2)).isEqualTo(last);
            stream.seek(2);
            assertThat(stream.read(true, false, false)).contains(last);
        }
    }
}
