package dev.omvio.cli;

import picocli.CommandLine;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses times given on the command line: a number and a unit, {@code us}, {@code ms}, {@code s} or {@code min}. */
final class Durations implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(us|ms|s|min)");

    @Override
    public Duration convert(String value) {
        Matcher matcher = TIME.matcher(value.trim());
        if (matcher.matches()) {
            BigDecimal nanosPerUnit = BigDecimal.valueOf(switch (matcher.group(2)) {
                case "us" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                default -> 60_000_000_000L;
            });
            BigDecimal nanos = new BigDecimal(matcher.group(1)).multiply(nanosPerUnit);
            if (nanos.signum() > 0 && nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                return Duration.ofNanos(nanos.longValue());
            }
        }
        throw new CommandLine.TypeConversionException("'" + value
                + "' is not a positive time: expected a number and us, ms, s or min, such as 100ms or 5s");
    }
}
