package dev.omvio.sensor.spi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The options of a driver, parsed from {@code "key=value,key=value"}, with typed getters that
 * refuse bad values with an {@link IllegalArgumentException} naming the option and the value.
 * Values cannot contain commas.
 */
public final class DriverOptions {
    private final Map<String, String> values;

    private DriverOptions(Map<String, String> values) {
        this.values = values;
    }

    /** {@return no options} */
    public static DriverOptions none() {
        return new DriverOptions(Map.of());
    }

    /**
     * {@return these options, in the given map's order}
     *
     * @param values the options, key to value
     */
    public static DriverOptions of(Map<String, String> values) {
        return new DriverOptions(new LinkedHashMap<>(values));
    }

    /**
     * Parses {@code "key=value,key=value"}; blank text means no options.
     *
     * @param text the options as written after the driver's name
     * @return the options
     * @throws IllegalArgumentException naming the part that is not {@code key=value}, or a key given twice
     */
    public static DriverOptions parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!text.isBlank()) {
            for (String part : text.split(",", -1)) {
                int equals = part.indexOf('=');
                String key = equals < 0 ? "" : part.substring(0, equals).trim();
                if (key.isEmpty()) {
                    throw new IllegalArgumentException("sensor option '" + part + "' is not key=value");
                }
                if (values.put(key, part.substring(equals + 1).trim()) != null) {
                    throw new IllegalArgumentException("sensor option '" + key + "' is given twice");
                }
            }
        }
        return new DriverOptions(values);
    }

    /**
     * Checks that every key is one of {@code known}.
     *
     * @param known the keys the driver understands
     * @return these options
     * @throws IllegalArgumentException naming the first unknown key and the known ones
     */
    public DriverOptions requireOnly(String... known) {
        List<String> allowed = Arrays.asList(known);
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("unknown sensor option '" + key + "': expected one of " + allowed);
            }
        }
        return this;
    }

    /**
     * {@return the value of {@code key}, if given}
     *
     * @param key the option's name
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * {@return the value of {@code key}, or {@code fallback}}
     *
     * @param key the option's name
     * @param fallback the value when the option is not given
     */
    public String string(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /**
     * {@return the value of {@code key} as an int, or {@code fallback}}
     *
     * @param key the option's name
     * @param fallback the value when the option is not given
     * @throws IllegalArgumentException naming the option and value if it is not an integer
     */
    public int integer(String key, int fallback) {
        return convert(key, fallback, Integer::valueOf, "an integer");
    }

    /**
     * {@return the value of {@code key} as a long, or {@code fallback}; refuses non-integers as {@link #integer}}
     *
     * @param key the option's name
     * @param fallback the value when the option is not given
     */
    public long longInteger(String key, long fallback) {
        return convert(key, fallback, Long::valueOf, "an integer");
    }

    /**
     * {@return the value of {@code key} as {@code true} or {@code false}, or {@code fallback}}
     *
     * @param key the option's name
     * @param fallback the value when the option is not given
     * @throws IllegalArgumentException naming the option and value for anything else
     */
    public boolean bool(String key, boolean fallback) {
        return convert(key, fallback, value -> switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        }, "true or false");
    }

    /**
     * {@return the value of {@code key} converted by {@code parser}, or {@code fallback}; an
     * {@link IllegalArgumentException} from the parser becomes one naming the option and value}
     *
     * @param <T> the type of the value
     * @param key the option's name
     * @param fallback the value when the option is not given
     * @param parser turns the text into the value, throwing {@link IllegalArgumentException} if it cannot
     * @param expected what a valid value looks like, for the message, such as {@code "an integer"}
     */
    public <T> T convert(String key, T fallback, Function<String, T> parser, String expected) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("sensor option " + key + "='" + value + "' is not " + expected, bad);
        }
    }

    /** The options as {@code key=value,key=value}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        values.forEach((key, value) -> text.append(text.length() == 0 ? "" : ",").append(key).append('=').append(value));
        return text.toString();
    }
}
