package dev.omvio.cli;

import java.lang.System.Logger.Level;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The tool's backend of {@link System.Logger}: what the libraries log reaches the user as one
 * line on standard error, {@code omvio: warning: ...}, warnings and errors only, and every level
 * with {@code --debug}. It is the JVM's logger finder when the tool runs (a service of
 * {@link System.LoggerFinder}), so the tool needs no logging framework.
 */
public final class CliLoggerFinder extends System.LoggerFinder {
    private static volatile Level threshold = Level.WARNING;

    /** Made by the JVM's service lookup. */
    public CliLoggerFinder() {
    }

    /** Shows every level from now on ({@code --debug}), or warnings and errors only. */
    static void showAll(boolean all) {
        threshold = all ? Level.ALL : Level.WARNING;
    }

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new Line(name);
    }

    /** A logger that prints each message it lets through as one line. */
    private record Line(String name) implements System.Logger {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isLoggable(Level level) {
            return level != Level.OFF && level.getSeverity() >= threshold.getSeverity();
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            if (isLoggable(level)) {
                print(level, localized(bundle, message) + (thrown == null ? "" : ": " + thrown));
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            if (isLoggable(level)) {
                String pattern = localized(bundle, format);
                print(level, params == null || params.length == 0 ? pattern : MessageFormat.format(pattern, params));
            }
        }

        private static String localized(ResourceBundle bundle, String key) {
            return bundle != null && key != null && bundle.containsKey(key) ? bundle.getString(key) : String.valueOf(key);
        }

        private static void print(Level level, String message) {
            System.err.println("omvio: " + level.getName().toLowerCase(Locale.ROOT) + ": "
                    + message.replace('\r', ' ').replace('\n', ' '));
        }
    }
}
