package dev.omvio.stream;

import dev.omvio.stream.spi.FileStreamProvider;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Engine discovery; the API's own tests run without any engine on the class path. */
class ImageStreamsTest {
    @Test
    void withoutAnEngineTheErrorNamesTheMissingModule() {
        assertThatThrownBy(() -> ImageStreams.open(Path.of("rec.bin"), "r"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("omvio-core-file");
        assertThatThrownBy(() -> ImageStreams.allocate(4, 4, dev.omvio.image.PixelFormat.GRAYSCALE, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("omvio-core-memory");
    }

    @Test
    void theRegisteredEngineWithTheHighestPriorityIsUsedUntilUnregistered() throws Exception {
        RepairOnly low = new RepairOnly(0, "low");
        RepairOnly high = new RepairOnly(10, "high");
        ImageStreams.register(low);
        ImageStreams.register(high);
        try {
            assertThat(ImageStreams.repair(Path.of("x")).orElseThrow().reason()).isEqualTo("high");
            ImageStreams.unregister(high);
            assertThat(ImageStreams.repair(Path.of("x")).orElseThrow().reason()).isEqualTo("low");
        } finally {
            ImageStreams.unregister(low);
            ImageStreams.unregister(high);
        }
    }

    @Test
    void anUnknownModeIsRejectedBeforeAnyEngineIsSought() {
        assertThatThrownBy(() -> ImageStreams.open(Path.of("rec.bin"), "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'");
    }

    /** An engine that only answers repair, with its name as the reason. */
    private record RepairOnly(int priority, String name) implements FileStreamProvider {
        @Override
        public ImageStream open(Path path, StreamMode mode, StreamClock clock) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<DamagedTail> repair(Path path) {
            return Optional.of(new DamagedTail(0, 0, name));
        }
    }
}
