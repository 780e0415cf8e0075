package dev.omvio.codecs.jpeg;

import com.sun.jna.Native;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;

/**
 * Loads libjpeg-turbo's TurboJPEG library once, as {@code "turbojpeg"} and then
 * {@code "libturbojpeg.so.0"} (the Debian package libturbojpeg0), and logs which JPEG codec is
 * therefore active: one line at DEBUG level, so that a library stays quiet by default. The
 * details of a failure (JNA's search paths) are in {@link #report()}, which {@code omvio doctor}
 * shows.
 */
final class TurboJpeg {
    private static final System.Logger LOG = System.getLogger(TurboJpeg.class.getName());
    private static final List<String> NAMES = List.of("turbojpeg", "libturbojpeg.so.0");
    private static final Loaded LOADED = load();

    private record Loaded(TurboJpegLibrary library, String report) {
    }

    private TurboJpeg() {
    }

    /** Whether libjpeg-turbo was loaded. */
    static boolean isLoaded() {
        return LOADED.library() != null;
    }

    /** Which library was loaded, or why none was. */
    static String report() {
        return LOADED.report();
    }

    static Optional<TurboJpegLibrary> library() {
        return Optional.ofNullable(LOADED.library());
    }

    private static Loaded load() {
        StringBuilder failures = new StringBuilder();
        for (String name : NAMES) {
            try {
                TurboJpegLibrary library = Native.load(name, TurboJpegLibrary.class);
                String report = "libjpeg-turbo loaded as '" + name + "'";
                LOG.log(Level.DEBUG, "JPEG codec: " + report);
                return new Loaded(library, report);
            } catch (NoClassDefFoundError e) {
                failures.append("JNA is not on the class path or module path: ").append(e.getMessage());
                break;
            } catch (UnsatisfiedLinkError e) {
                failures.append(failures.length() == 0 ? "" : "; ").append(name).append(": ").append(e.getMessage());
            }
        }
        String report = "libjpeg-turbo not found (" + failures + ")";
        LOG.log(Level.DEBUG, "JPEG codec: libjpeg-turbo not found (tried " + String.join(", ", NAMES)
                + "); using the JDK's pure-Java ImageIO JPEG codec");
        return new Loaded(null, report);
    }
}
