package dev.omvio.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationsTest {
    private final Durations durations = new Durations();

    @Test
    void unitsFromMicrosecondsToMinutes() {
        assertThat(durations.convert("33333us")).isEqualTo(Duration.ofNanos(33_333_000));
        assertThat(durations.convert("100ms")).isEqualTo(Duration.ofMillis(100));
        assertThat(durations.convert("1.5s")).isEqualTo(Duration.ofMillis(1_500));
        assertThat(durations.convert(" 2 min ")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void anythingElseIsRefusedNamingTheValue() {
        for (String bad : new String[] {"5", "0s", "-1s", "1h", "s", "1.s", "99999999999999999999s"}) {
            assertThatThrownBy(() -> durations.convert(bad)).as(bad)
                    .isInstanceOf(CommandLine.TypeConversionException.class).hasMessageContaining("'" + bad + "'");
        }
    }
}
