package dev.omvio.cli;

import java.io.PrintWriter;

/**
 * Writes one JSON value in a single line, for {@code --json} output. Callers nest
 * {@code beginObject}/{@code endObject} and {@code beginArray}/{@code endArray}; inside an
 * object every value is preceded by {@link #name(String)}.
 *
 * <p>The text is kept until {@link #printTo(PrintWriter)}, or, for a writer made with a sink,
 * passed on to it in pieces as it grows: a value of any length in bounded memory.
 */
final class JsonWriter {
    private static final int SPILL_CHARS = 8192;

    private final StringBuilder out = new StringBuilder();
    private final PrintWriter sink;
    private boolean needsComma;

    /** A writer that keeps the whole value for {@link #printTo(PrintWriter)}. */
    JsonWriter() {
        this(null);
    }

    /** A writer that passes the value on to {@code sink} as it goes; {@code printTo(sink)} ends it. */
    JsonWriter(PrintWriter sink) {
        this.sink = sink;
    }

    JsonWriter beginObject() {
        return open('{');
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        return open('[');
    }

    JsonWriter endArray() {
        return close(']');
    }

    JsonWriter name(String name) {
        separate();
        quote(name);
        out.append(':');
        needsComma = false;
        return this;
    }

    JsonWriter value(long number) {
        separate();
        out.append(number);
        needsComma = true;
        return this;
    }

    JsonWriter value(boolean truth) {
        separate();
        out.append(truth);
        needsComma = true;
        return this;
    }

    /** A string value, or {@code null} for null. */
    JsonWriter value(String text) {
        separate();
        if (text == null) {
            out.append("null");
        } else {
            quote(text);
        }
        needsComma = true;
        return this;
    }

    /** Prints what was written (for a writer with a sink: what it has not passed on yet) and ends the line. */
    void printTo(PrintWriter writer) {
        writer.println(out);
        writer.flush();
    }

    private JsonWriter open(char bracket) {
        separate();
        out.append(bracket);
        needsComma = false;
        return this;
    }

    private JsonWriter close(char bracket) {
        out.append(bracket);
        needsComma = true;
        if (sink != null && out.length() >= SPILL_CHARS) {
            sink.append(out);
            out.setLength(0);
        }
        return this;
    }

    private void separate() {
        if (needsComma) {
            out.append(',');
        }
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
