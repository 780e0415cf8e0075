package dev.omvio.bridge.javax.contract;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a step of a TwelveMonkeys suite and gives back what it printed on standard error. */
final class Strict {
    /** A suite's test method. */
    interface SuiteStep {
        void run() throws Exception;
    }

    private Strict() {
    }

    static synchronized String errorsPrintedBy(SuiteStep step) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            step.run();
        } finally {
            System.setErr(original);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
