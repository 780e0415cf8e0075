package dev.omvio.reliability.fuzz;

/** Settings of the fuzzing runs, filled in by Maven (annotation values must be compile-time constants). */
final class FuzzSettings {
    /** How long each target is fuzzed: the {@code reliability.fuzz.duration} property, 45s in CI. */
    static final String DURATION = "${reliability.fuzz.duration}";
    /**
     * How long the split reader's targets are fuzzed: the {@code reliability.fuzz.quick-duration}
     * property, 5s in CI. They walk chunks with the file reader's own checks, which its target
     * fuzzes for {@link #DURATION}.
     */
    static final String QUICK_DURATION = "${reliability.fuzz.quick-duration}";

    private FuzzSettings() {
    }
}
