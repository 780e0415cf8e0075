package dev.omvio.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {
    @Test
    void theBarIsRedrawnOnlyWhenItGrowsAndTheLineIsEndedOnClose() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress progress = Progress.on(new PrintStream(bytes, true, StandardCharsets.UTF_8), "x", 60)) {
            progress.step();          // 1/60: 0 of 30 cells, drawn once
            progress.advanceTo(2);    // 2/60: 1 cell
            progress.advanceTo(3);    // 3/60: still 1 cell, not drawn again
            progress.advanceTo(100);  // past the end: 60/60
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\rx [" + " ".repeat(30) + "]   1%"
                + "\rx [#" + " ".repeat(29) + "]   3%"
                + "\rx [" + "#".repeat(30) + "] 100%"
                + System.lineSeparator());
    }

    /** Tests, like pipes and logs, have no console: the bar stays silent. */
    @Test
    void withoutATerminalNothingIsDrawn() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try (Progress progress = Progress.start("x", 3)) {
            progress.step();
            progress.advanceTo(3);
        } finally {
            System.setErr(stderr);
        }

        assertThat(bytes.size()).isZero();
    }
}
