package dev.omvio.bench.report;

/**
 * How long each benchmark is run: JMH forks and iterations, and tjbench's warm-up and timing.
 *
 * @param name                  as recorded in the JSON
 * @param forks                 JMH forks per benchmark
 * @param warmupIterations      JMH warm-up iterations per fork
 * @param measurementIterations JMH measured iterations per fork
 * @param iterationMillis       length of each JMH iteration
 * @param tjbenchWarmupSeconds  tjbench {@code -warmup}
 * @param tjbenchSeconds        tjbench {@code -benchtime}
 */
public record Profile(String name, int forks, int warmupIterations, int measurementIterations, int iterationMillis,
        double tjbenchWarmupSeconds, double tjbenchSeconds) {
    /** The documented profile: about 13 minutes on 2 cores. */
    public static final Profile SHORT = new Profile("short", 1, 2, 3, 1000, 1, 3);
    /**
     * Checks that every benchmark runs and the report is complete, in about 3 minutes; its
     * figures are not measurements.
     */
    public static final Profile SMOKE = new Profile("smoke", 1, 0, 1, 100, 0.1, 0.2);

    /**
     * {@return this profile for the benchmarks whose operation is a whole Spark query (case 8,
     * hundreds of milliseconds each): eight more warm-up iterations, two more measured ones, each
     * twice as long, so that every iteration holds several queries and the measured ones come
     * after some fifty queries, by when the JIT has compiled the Spark code a query runs (its
     * compiler threads took 200-300 ms of CPU a query over the first twenty queries, 30-100 ms
     * after the fortieth); the other figure of each row is run the same way}
     */
    public Profile forQueries() {
        return new Profile(name, forks, warmupIterations + 8, measurementIterations + 2, iterationMillis * 2,
                tjbenchWarmupSeconds, tjbenchSeconds);
    }

    /**
     * {@return this profile for the benchmarks that ping-pong over loopback sockets between
     * threads of one JVM (case 9): three times the forks, so that each figure averages several
     * placements of those threads on the cores; on the 2-core VM one fork's figure varies by up to
     * a third from the next one's, for the bare socket as much as for the driver}
     */
    public Profile forSockets() {
        return new Profile(name, forks * 3, warmupIterations, measurementIterations, iterationMillis,
                tjbenchWarmupSeconds, tjbenchSeconds);
    }
}
