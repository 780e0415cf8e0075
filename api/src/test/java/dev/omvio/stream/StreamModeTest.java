package dev.omvio.stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamModeTest {
    @Test
    void lettersAreTheCamerasPlusAppend() {
        assertThat(StreamMode.of("r")).isEqualTo(StreamMode.READ);
        assertThat(StreamMode.of("w")).isEqualTo(StreamMode.WRITE);
        assertThat(StreamMode.of("a")).isEqualTo(StreamMode.APPEND);
    }

    @Test
    void otherLettersAreRejectedByName() {
        assertThatThrownBy(() -> StreamMode.of("rw"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'rw'");
    }
}
