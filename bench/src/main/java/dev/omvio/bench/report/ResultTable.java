package dev.omvio.bench.report;

import dev.omvio.bench.report.Comparison.Outcome;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The report's rows as a plain-text table. */
final class ResultTable {
    private static final List<String> HEADINGS = List.of("case", "comparison", "omvio", "baseline", "result", "target", "verdict");

    private ResultTable() {
    }

    static void print(List<Outcome> outcomes, PrintStream out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (Outcome outcome : outcomes) {
            rows.add(cells(outcome));
        }
        int[] widths = new int[HEADINGS.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                line.append(String.format("%-" + widths[column] + "s", row.get(column)));
                line.append(column < widths.length - 1 ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
        long met = outcomes.stream().filter(outcome -> outcome.verdict() == Comparison.Verdict.MET).count();
        long targets = outcomes.stream().filter(outcome -> outcome.comparison().target().isPresent()).count();
        out.println();
        out.println(met + " of " + targets + " targets met.");
    }

    private static List<String> cells(Outcome outcome) {
        Comparison comparison = outcome.comparison();
        boolean allocation = comparison.kind() == Kind.ALLOCATION;
        String candidate = outcome.candidate()
                .map(figure -> allocation ? Format.number(figure.value()) + " B" : Format.time(figure.value()))
                .orElse("-");
        String baseline = outcome.baseline().map(figure -> Format.time(figure.value())).orElse("-");
        String result = outcome.result().isPresent()
                ? Format.number(outcome.result().getAsDouble()) + (allocation ? " B/op" : "x") : "-";
        return List.of(Integer.toString(comparison.caseNumber()), comparison.title(), candidate, baseline, result,
                comparison.targetText(), outcome.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
}
