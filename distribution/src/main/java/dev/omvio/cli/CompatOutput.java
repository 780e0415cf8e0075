package dev.omvio.cli;

import dev.omvio.core.file.compat.CompatibilityReport;
import dev.omvio.core.file.compat.Refusal;
import dev.omvio.core.file.compat.Verdict;

import java.io.PrintWriter;
import java.nio.file.Path;

/** How {@code omvio verify} prints a camera-compatibility report: a short table, or a JSON field. */
final class CompatOutput {
    private CompatOutput() {
    }

    /**
     * One line per reader: whether it opens the file, the frames it reads, and where it refuses
     * the file; then a verdict line.
     */
    static void printTable(PrintWriter out, Path file, CompatibilityReport report) {
        out.printf("%s: would the camera and the OpenMV IDE open it?%n", file);
        out.printf("%-9s %-6s %-7s %s%n", "reader", "opens", "frames", "refused at");
        for (Verdict verdict : report.verdicts()) {
            out.printf("%-9s %-6s %-7d %s%n", verdict.reader().label(), verdict.accepted() ? "yes" : "no",
                    verdict.frames(), verdict.refusal().map(CompatOutput::where).orElse("-").strip());
        }
        out.println(report.bothAccept() ? "ok: both open it" : "not camera-compatible");
        out.flush();
    }

    private static String where(Refusal refusal) {
        String place = refusal.frame() < 0 ? "file header" : "frame " + refusal.frame();
        return place + ", offset " + refusal.offset() + ", " + refusal.field() + ": " + refusal.reason();
    }

    /**
     * The value of the {@code compat} field: {@code {"firmware": {...}, "ide": {...}}}, each
     * with {@code ok} and {@code frames}, and {@code frame}, {@code offset}, {@code field},
     * {@code reason} when that reader refuses the file ({@code frame} is -1 for the file header).
     */
    static JsonWriter writeJson(JsonWriter json, CompatibilityReport report) {
        json.beginObject();
        for (Verdict verdict : report.verdicts()) {
            json.name(verdict.reader().label()).beginObject()
                    .name("ok").value(verdict.accepted())
                    .name("frames").value(verdict.frames());
            verdict.refusal().ifPresent(refusal -> json
                    .name("frame").value(refusal.frame())
                    .name("offset").value(refusal.offset())
                    .name("field").value(refusal.field())
                    .name("reason").value(refusal.reason()));
            json.endObject();
        }
        return json.endObject();
    }
}
