package dev.omvio.bench.report;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One measured figure: a benchmark method (for example {@code FileReadBenchmark.omvioRead}) or
 * an external tool with its parameters, and its value in {@code unit}.
 *
 * @param name  benchmark class and method without the package, or the tool's name
 * @param params parameter values, sorted by name
 * @param value  the score
 * @param error  the half-width of JMH's 99.9% confidence interval, NaN where there is none
 * @param unit   {@code ns/op} for times, {@code B/op} for allocation
 */
public record Measurement(String name, SortedMap<String, String> params, double value, double error, String unit) {
    /** Unit of times. */
    public static final String NANOS_PER_OP = "ns/op";
    /** Unit of allocation. */
    public static final String BYTES_PER_OP = "B/op";

    /** A measurement; {@code params} is copied. */
    public Measurement {
        params = new TreeMap<>(params);
    }

    /** The key by which comparisons name this figure, as {@link #id(String, String...)} builds it. */
    public String id() {
        return id(name, params);
    }

    /**
     * The key of a figure: {@code name} followed by its parameters as {@code (key=value,...)},
     * sorted by key; {@code keyValues} alternates keys and values.
     */
    public static String id(String name, String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in key/value pairs, got " + keyValues.length + " strings");
        }
        SortedMap<String, String> params = new TreeMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        return id(name, params);
    }

    private static String id(String name, Map<String, String> params) {
        if (params.isEmpty()) {
            return name;
        }
        return params.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(",", name + "(", ")"));
    }
}
