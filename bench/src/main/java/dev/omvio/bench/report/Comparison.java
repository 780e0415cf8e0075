package dev.omvio.bench.report;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One row of the report: a candidate figure compared to a baseline measured in the same run.
 *
 * @param caseNumber the case of the issue this row belongs to (1 to 9)
 * @param title      what is compared, for a reader
 * @param candidate  the {@link Measurement#id()} of omvio's figure
 * @param baseline   the {@link Measurement#id()} of the baseline's figure (empty for allocation)
 * @param kind       how the figures become the result
 * @param target     the result to reach (minimum) or stay under (maximum); empty where the
 *                   issue only asks for the figure to be reported
 */
public record Comparison(int caseNumber, String title, String candidate, Optional<String> baseline,
        Kind kind, OptionalDouble target) {

    /** The row's verdict on the figures of one run. */
    public Outcome evaluate(Measurements measurements) {
        Optional<Measurement> candidateFigure = kind == Kind.ALLOCATION
                ? measurements.allocation(candidate) : measurements.time(candidate);
        Optional<Measurement> baselineFigure = baseline.flatMap(measurements::time);
        if (candidateFigure.isEmpty() || (baseline.isPresent() && baselineFigure.isEmpty())) {
            return new Outcome(this, candidateFigure, baselineFigure, OptionalDouble.empty(), Verdict.NOT_MEASURED);
        }
        double result = kind.result(candidateFigure.get().value(), baselineFigure.map(Measurement::value).orElse(Double.NaN));
        Verdict verdict = target.isEmpty() ? Verdict.REPORTED
                : kind.meets(result, target.getAsDouble()) ? Verdict.MET : Verdict.MISSED;
        return new Outcome(this, candidateFigure, baselineFigure, OptionalDouble.of(result), verdict);
    }

    /** The target as printed, for example {@code >= 0.8x}, or {@code reported}. */
    public String targetText() {
        if (target.isEmpty()) {
            return "reported";
        }
        String bound = kind.targetIsMinimum() ? ">= " : "<= ";
        return bound + Format.exact(target.getAsDouble()) + (kind == Kind.ALLOCATION ? " B/op" : "x");
    }

    /** Whether a row is a target met, missed, only reported, or could not be computed. */
    public enum Verdict { MET, MISSED, REPORTED, NOT_MEASURED }

    /**
     * A row evaluated on one run's figures.
     *
     * @param comparison the row
     * @param candidate  the candidate's figure, if measured
     * @param baseline   the baseline's figure, if measured (always empty for allocation)
     * @param result     the ratio (or bytes per operation), if both figures were measured
     * @param verdict    the outcome
     */
    public record Outcome(Comparison comparison, Optional<Measurement> candidate, Optional<Measurement> baseline,
            OptionalDouble result, Verdict verdict) {
    }
}
