package dev.omvio.bench.report;

import dev.omvio.bench.report.Comparison.Outcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The report as JSON (bench/results/latest.json): when, how long and on what it was measured,
 * one object per row of the table, and every raw figure behind them.
 */
final class JsonReport {
    private JsonReport() {
    }

    static void write(Path file, Profile profile, Machine machine, List<Outcome> outcomes, Measurements measurements)
            throws IOException {
        List<String> rows = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            rows.add(row(outcome));
        }
        List<String> figures = new ArrayList<>();
        for (Measurement measurement : measurements.all()) {
            figures.add(figure(measurement));
        }
        String json = "{\n"
                + "  \"generated\": " + string(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()) + ",\n"
                + "  \"profile\": " + object(Map.of(
                        "name", string(profile.name()),
                        "forks", Integer.toString(profile.forks()),
                        "warmupIterations", Integer.toString(profile.warmupIterations()),
                        "measurementIterations", Integer.toString(profile.measurementIterations()),
                        "iterationMillis", Integer.toString(profile.iterationMillis()))) + ",\n"
                + "  \"machine\": " + object(Map.of(
                        "cpu", string(machine.cpu()),
                        "cores", Integer.toString(machine.cores()),
                        "memoryBytes", Long.toString(machine.memoryBytes()),
                        "os", string(machine.os()),
                        "java", string(machine.java()))) + ",\n"
                + "  \"cases\": [\n    " + String.join(",\n    ", rows) + "\n  ],\n"
                + "  \"measurements\": [\n    " + String.join(",\n    ", figures) + "\n  ]\n"
                + "}\n";
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    private static String row(Outcome outcome) {
        Comparison comparison = outcome.comparison();
        return "{\"case\": " + comparison.caseNumber()
                + ", \"title\": " + string(comparison.title())
                + ", \"kind\": " + string(comparison.kind().name().toLowerCase(Locale.ROOT))
                + ", \"candidate\": " + string(comparison.candidate())
                + ", \"baseline\": " + comparison.baseline().map(JsonReport::string).orElse("null")
                + ", \"candidateValue\": " + value(outcome.candidate())
                + ", \"baselineValue\": " + value(outcome.baseline())
                + ", \"result\": " + number(outcome.result())
                + ", \"target\": " + string(comparison.targetText())
                + ", \"verdict\": " + string(outcome.verdict().name().toLowerCase(Locale.ROOT)) + "}";
    }

    private static String figure(Measurement measurement) {
        Map<String, String> params = measurement.params().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> string(entry.getValue())));
        return "{\"id\": " + string(measurement.id())
                + ", \"name\": " + string(measurement.name())
                + ", \"params\": " + object(params)
                + ", \"value\": " + number(measurement.value())
                + ", \"error\": " + number(measurement.error())
                + ", \"unit\": " + string(measurement.unit()) + "}";
    }

    private static String value(Optional<Measurement> measurement) {
        return measurement.map(figure -> number(figure.value())).orElse("null");
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "null";
    }

    // JSON has no NaN or infinity: a figure that does not exist is null.
    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.6g", value) : "null";
    }

    // members are sorted by name so that the file's layout does not depend on map order
    private static String object(Map<String, String> members) {
        return members.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> string(entry.getKey()) + ": " + entry.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String string(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
