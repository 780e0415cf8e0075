package dev.omvio.cli;

import java.io.PrintStream;

/**
 * A progress bar on standard error for long work, drawn only when the tool runs on a terminal
 * (so piped, logged or tested output stays clean). Closing it ends the line.
 */
final class Progress implements AutoCloseable {
    private static final int WIDTH = 30;

    private final PrintStream terminal;
    private final String label;
    private final long total;
    private long done;
    private int drawn = -1;

    private Progress(PrintStream terminal, String label, long total) {
        this.terminal = terminal;
        this.label = label;
        this.total = Math.max(1, total);
    }

    /** A bar for {@code total} steps of {@code label}; silent when there is no terminal. */
    static Progress start(String label, long total) {
        return on(System.console() == null ? null : System.err, label, total);
    }

    /** A bar drawn on {@code terminal}, or a silent one for null. */
    static Progress on(PrintStream terminal, String label, long total) {
        return new Progress(terminal, label, total);
    }

    /** One more step done. */
    void step() {
        advanceTo(done + 1);
    }

    /** {@code steps} steps done in all. */
    void advanceTo(long steps) {
        done = Math.min(steps, total);
        int filled = (int) (done * WIDTH / total);
        if (terminal != null && filled != drawn) {
            drawn = filled;
            terminal.printf("\r%s [%s%s] %3d%%", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
                    done * 100 / total);
            terminal.flush();
        }
    }

    @Override
    public void close() {
        if (terminal != null && drawn >= 0) {
            terminal.println();
        }
    }
}
