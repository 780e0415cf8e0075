package dev.omvio.core.memory;

import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A store the JVM cannot provide is refused with the requested total, not an OutOfMemoryError.
 * Runs in its own surefire execution with -XX:MaxDirectMemorySize=64m (see this module's pom).
 */
class DirectMemoryLimitTest {

    @Test
    void aStoreAboveTheDirectMemoryLimitIsRefusedNamingItsTotal() throws Exception {
        // 2 slots of GRAYSCALE 8000x8000 = 64,000,000 bytes each: 128,000,000 > 64 MiB
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImageStreams.allocate(8000, 8000, PixelFormat.GRAYSCALE, 2))
                .withMessageContaining("128000000")
                .withCauseInstanceOf(OutOfMemoryError.class);

        try (ImageStream fits = ImageStreams.allocate(1000, 1000, PixelFormat.GRAYSCALE, 2)) {
            assertThat(fits.size()).isEqualTo(2_000_000);
        }
    }
}
