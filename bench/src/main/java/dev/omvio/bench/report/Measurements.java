package dev.omvio.bench.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** Every figure of one report run, by {@link Measurement#id()}. */
public final class Measurements {
    private static final String ALLOCATION_PER_OP = "gc.alloc.rate.norm";

    private final Map<String, Measurement> times = new LinkedHashMap<>();
    private final Map<String, Measurement> allocations = new LinkedHashMap<>();

    /** Adds the primary (time) score of each JMH result. */
    public void addTimes(Collection<RunResult> results) {
        for (RunResult result : results) {
            Result<?> primary = result.getPrimaryResult();
            double nanos = toNanos(primary.getScoreUnit());
            add(measurement(result.getParams(), primary.getScore() * nanos,
                    primary.getScoreError() * nanos, Measurement.NANOS_PER_OP));
        }
    }

    /** Adds the bytes allocated per operation that JMH's GC profiler found in each result. */
    public void addAllocations(Collection<RunResult> results) {
        for (RunResult result : results) {
            Result<?> allocated = result.getSecondaryResults().get(ALLOCATION_PER_OP);
            if (allocated != null) {
                add(measurement(result.getParams(), allocated.getScore(),
                        allocated.getScoreError(), Measurement.BYTES_PER_OP));
            }
        }
    }

    /** Adds a figure measured in {@code ns/op} (a time) or {@code B/op} (an allocation). */
    public void add(Measurement measurement) {
        Map<String, Measurement> figures = switch (measurement.unit()) {
            case Measurement.NANOS_PER_OP -> times;
            case Measurement.BYTES_PER_OP -> allocations;
            default -> throw new IllegalArgumentException("unit must be ns/op or B/op, got " + measurement.unit());
        };
        figures.put(measurement.id(), measurement);
    }

    /** The time of the figure {@code id}, if it was measured. */
    public Optional<Measurement> time(String id) {
        return Optional.ofNullable(times.get(id));
    }

    /** The allocation of the figure {@code id}, if it was measured. */
    public Optional<Measurement> allocation(String id) {
        return Optional.ofNullable(allocations.get(id));
    }

    /** Every time, then every allocation, in the order measured. */
    public List<Measurement> all() {
        List<Measurement> all = new ArrayList<>(times.values());
        all.addAll(allocations.values());
        return all;
    }

    private static Measurement measurement(BenchmarkParams params, double value, double error, String unit) {
        String benchmark = params.getBenchmark(); // package.Class.method: keep Class.method
        String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        SortedMap<String, String> values = new TreeMap<>();
        for (String key : params.getParamsKeys()) {
            values.put(key, params.getParam(key));
        }
        return new Measurement(name, values, value, error, unit);
    }

    // JMH states a time score's unit as "<unit>/op"; every report figure is in nanoseconds.
    private static double toNanos(String unit) {
        String perOp = "/op";
        if (!unit.endsWith(perOp)) {
            throw new IllegalArgumentException("not a time per operation: " + unit);
        }
        TimeUnit timeUnit = switch (unit.substring(0, unit.length() - perOp.length())) {
            case "ns" -> TimeUnit.NANOSECONDS;
            case "us" -> TimeUnit.MICROSECONDS;
            case "ms" -> TimeUnit.MILLISECONDS;
            case "s" -> TimeUnit.SECONDS;
            default -> throw new IllegalArgumentException("unknown time unit in " + unit);
        };
        return timeUnit.toNanos(1);
    }
}
