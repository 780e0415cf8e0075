package dev.omvio.bench.report;

/** How a comparison turns its two figures into the number its target is stated in. */
public enum Kind {
    /** Baseline time / candidate time: above 1 means omvio is faster. Target is a minimum. */
    SPEED("x", true),
    /**
     * Baseline time / candidate time / cores: how far the candidate, which uses every core, is
     * from the baseline's speed on each of them. Target is a minimum.
     */
    SPEED_PER_CORE("x/core", true),
    /** Candidate time / baseline time: how many times as long omvio takes. Target is a maximum. */
    COST("x", false),
    /** The candidate's bytes allocated per operation; there is no baseline. Target is a maximum. */
    ALLOCATION("B/op", false);

    private final String unit;
    private final boolean targetIsMinimum;

    Kind(String unit, boolean targetIsMinimum) {
        this.unit = unit;
        this.targetIsMinimum = targetIsMinimum;
    }

    /** The unit the result is printed in. */
    public String unit() {
        return unit;
    }

    /** Whether the result must reach the target ({@code >=}) rather than stay under it ({@code <=}). */
    public boolean targetIsMinimum() {
        return targetIsMinimum;
    }

    /** The result of candidate and baseline figures (the baseline is ignored for allocation). */
    public double result(double candidate, double baseline) {
        return switch (this) {
            case SPEED -> baseline / candidate;
            case SPEED_PER_CORE -> baseline / candidate / Runtime.getRuntime().availableProcessors();
            case COST -> candidate / baseline;
            case ALLOCATION -> candidate;
        };
    }

    /** Whether {@code result} meets {@code target}. */
    public boolean meets(double result, double target) {
        return targetIsMinimum ? result >= target : result <= target;
    }
}
