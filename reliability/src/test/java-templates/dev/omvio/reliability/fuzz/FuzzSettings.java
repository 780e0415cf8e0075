package dev.omvio.reliability.fuzz;

/** Settings of the fuzzing runs, filled in by Maven (annotation values must be compile-time constants). */
final class FuzzSettings {
    /** How long each target is fuzzed: the {@code reliability.fuzz.duration} property, 45s in CI. */
    static final String DURATION = "${reliability.fuzz.duration}";

    private FuzzSettings() {
    }
}
