package dev.omvio.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class TjBenchTest {
    // Verbose output of tjbench 2.1.5 (Debian 12) for "tjbench file.jpg -bgrx -nowrite".
    private static final String OUTPUT = """

            Warmup time = 0.1 seconds

            >>>>>  JPEG 4:4:4 --> BGRX (Top-down)  <<<<<

            Image size: 320 x 270
            Decompress    --> Frame rate:         2298.263368 fps
                              Throughput:         198.569955 Megapixels/sec

            """;

    @Test
    void readsTheDecompressionFrameRate() throws IOException {
        assertThat(TjBench.decompressionFrameRate(OUTPUT)).isEqualTo(2298.263368);
    }

    @Test
    void outputWithoutFrameRateIsAnError() {
        assertThatThrownBy(() -> TjBench.decompressionFrameRate("USAGE: tjbench\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no decompression frame rate")
                .hasMessageContaining("USAGE: tjbench");
    }
}
