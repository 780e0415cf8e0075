package dev.omvio.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class MeasurementTest {
    @Test
    void idListsParametersSortedByKey() {
        assertThat(Measurement.id("DemosaicBenchmark.naiveBilinear", "resolution", "VGA", "mode", "x"))
                .isEqualTo("DemosaicBenchmark.naiveBilinear(mode=x,resolution=VGA)");
        assertThat(Measurement.id("StreamOpenBenchmark.omvioOpen")).isEqualTo("StreamOpenBenchmark.omvioOpen");
    }

    @Test
    void measurementIdMatchesTheIdComparisonsUse() {
        TreeMap<String, String> params = new TreeMap<>();
        params.put("frames", "QVGA_RGB565");
        Measurement measurement = new Measurement("FileReadBenchmark.omvioRead", params, 1, Double.NaN,
                Measurement.NANOS_PER_OP);

        assertThat(measurement.id()).isEqualTo(Measurement.id("FileReadBenchmark.omvioRead", "frames", "QVGA_RGB565"));
    }

    @Test
    void parametersComeInPairs() {
        assertThatThrownBy(() -> Measurement.id("X.y", "frames"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 strings");
    }

    @Test
    void measurementsRefuseOtherUnits() {
        Measurement perSecond = new Measurement("X.y", new TreeMap<>(), 1, Double.NaN, "ops/s");

        assertThatThrownBy(() -> new Measurements().add(perSecond))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ops/s");
    }
}
