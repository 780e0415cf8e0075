package dev.omvio.bench.report;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers as the report prints them: measured figures to about three significant digits. */
final class Format {
    private Format() {
    }

    /** A measured figure, to about three significant digits; "-" for NaN. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }

    /** A stated value (a target) as written, without trailing zeros: 0.8, 100, 1024. */
    static String exact(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A time in nanoseconds in the largest unit that keeps it at 1 or more. */
    static String time(double nanos) {
        if (nanos >= 1e6) {
            return number(nanos / 1e6) + " ms";
        }
        if (nanos >= 1e3) {
            return number(nanos / 1e3) + " us";
        }
        return number(nanos) + " ns";
    }
}
