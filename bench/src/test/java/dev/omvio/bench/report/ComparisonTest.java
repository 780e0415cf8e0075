package dev.omvio.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omvio.bench.report.Comparison.Outcome;
import dev.omvio.bench.report.Comparison.Verdict;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class ComparisonTest {
    private final Measurements measurements = new Measurements();

    private void time(String name, double nanos) {
        measurements.add(new Measurement(name, new TreeMap<>(), nanos, Double.NaN, Measurement.NANOS_PER_OP));
    }

    private void allocation(String name, double bytes) {
        measurements.add(new Measurement(name, new TreeMap<>(), bytes, Double.NaN, Measurement.BYTES_PER_OP));
    }

    private static Comparison row(Kind kind, String baseline, OptionalDouble target) {
        return new Comparison(1, "title", "omvio", Optional.ofNullable(baseline), kind, target);
    }

    @Test
    void speedIsBaselineTimeOverCandidateTime() {
        time("omvio", 50);
        time("copy", 40);

        Outcome outcome = row(Kind.SPEED, "copy", OptionalDouble.of(0.8)).evaluate(measurements);

        assertThat(outcome.result()).hasValue(0.8);
        assertThat(outcome.verdict()).isEqualTo(Verdict.MET);
        assertThat(outcome.candidate().orElseThrow().value()).isEqualTo(50);
        assertThat(outcome.baseline().orElseThrow().value()).isEqualTo(40);
    }

    @Test
    void speedUnderTheMinimumIsMissed() {
        time("omvio", 100);
        time("copy", 79);

        Outcome outcome = row(Kind.SPEED, "copy", OptionalDouble.of(0.8)).evaluate(measurements);

        assertThat(outcome.result()).hasValue(0.79);
        assertThat(outcome.verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void costIsCandidateTimeOverBaselineTimeAndMustStayUnderTheTarget() {
        time("omvio", 150);
        time("near", 100);
        assertThat(row(Kind.COST, "near", OptionalDouble.of(1.5)).evaluate(measurements).verdict()).isEqualTo(Verdict.MET);

        time("omvio", 151);
        Outcome missed = row(Kind.COST, "near", OptionalDouble.of(1.5)).evaluate(measurements);
        assertThat(missed.result()).hasValue(1.51);
        assertThat(missed.verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void allocationIsTheCandidatesBytesWithoutBaseline() {
        allocation("omvio", 56);
        time("omvio", 1_000_000); // a time of the same name is not an allocation

        Outcome outcome = row(Kind.ALLOCATION, null, OptionalDouble.of(1024)).evaluate(measurements);

        assertThat(outcome.result()).hasValue(56);
        assertThat(outcome.verdict()).isEqualTo(Verdict.MET);
        assertThat(outcome.baseline()).isEmpty();
    }

    @Test
    void rowWithoutTargetIsReported() {
        time("omvio", 10);
        time("png", 30);

        Outcome outcome = row(Kind.SPEED, "png", OptionalDouble.empty()).evaluate(measurements);

        assertThat(outcome.result()).hasValue(3.0);
        assertThat(outcome.verdict()).isEqualTo(Verdict.REPORTED);
    }

    @Test
    void missingFigureMeansNotMeasured() {
        time("omvio", 10);

        Outcome outcome = row(Kind.SPEED, "failed", OptionalDouble.of(2)).evaluate(measurements);

        assertThat(outcome.result()).isEmpty();
        assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_MEASURED);
        assertThat(row(Kind.ALLOCATION, null, OptionalDouble.of(1024)).evaluate(measurements).verdict())
                .isEqualTo(Verdict.NOT_MEASURED);
    }

    @Test
    void targetsArePrintedAsStated() {
        assertThat(row(Kind.SPEED, "b", OptionalDouble.of(0.8)).targetText()).isEqualTo(">= 0.8x");
        assertThat(row(Kind.SPEED, "b", OptionalDouble.of(100)).targetText()).isEqualTo(">= 100x");
        assertThat(row(Kind.COST, "b", OptionalDouble.of(1.5)).targetText()).isEqualTo("<= 1.5x");
        assertThat(row(Kind.ALLOCATION, null, OptionalDouble.of(1024)).targetText()).isEqualTo("<= 1024 B/op");
        assertThat(row(Kind.SPEED, "b", OptionalDouble.empty()).targetText()).isEqualTo("reported");
    }
}
