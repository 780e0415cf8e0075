package dev.omvio.sensors.spi;

import dev.omvio.sensor.spi.DriverOptions;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DriverOptionsTest {
    @Test
    void parsesKeyValuePairs() {
        DriverOptions options = DriverOptions.parse("pattern=bars, fps=30 ,loop=true,seed=-5");
        assertThat(options.string("pattern", "x")).isEqualTo("bars");
        assertThat(options.integer("fps", 1)).isEqualTo(30);
        assertThat(options.bool("loop", false)).isTrue();
        assertThat(options.longInteger("seed", 0)).isEqualTo(-5L);
        assertThat(options.get("missing")).isEmpty();
        assertThat(options.integer("missing", 7)).isEqualTo(7);
        assertThat(options).hasToString("pattern=bars,fps=30,loop=true,seed=-5");
    }

    @Test
    void blankTextIsNoOptions() {
        assertThat(DriverOptions.parse("  ").requireOnly()).hasToString("");
        assertThat(DriverOptions.of(Map.of("a", "1")).integer("a", 0)).isEqualTo(1);
    }

    @Test
    void refusesMalformedPartsNamingThem() {
        assertThatThrownBy(() -> DriverOptions.parse("fps=30,bars")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'bars'");
        assertThatThrownBy(() -> DriverOptions.parse("=3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'=3'");
        assertThatThrownBy(() -> DriverOptions.parse("fps=1,fps=2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fps'");
    }

    @Test
    void refusesUnknownKeysAndBadValuesNamingThem() {
        DriverOptions options = DriverOptions.parse("fps=fast,loop=yes,colour=red");
        assertThatThrownBy(() -> options.requireOnly("fps", "loop")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'colour'");
        assertThatThrownBy(() -> options.integer("fps", 30)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fps='fast'");
        assertThatThrownBy(() -> options.bool("loop", true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loop='yes'");
    }
}
