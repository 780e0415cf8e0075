package dev.omvio.cli;

import dev.omvio.image.PixelFormat;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one line a run of the tool shows when it decodes or encodes JPEG without libturbojpeg:
 * it still works, through the JDK's slower codec. Runs that touch no JPEG pixels (copying JPEG
 * frames byte for byte included) stay silent; {@code omvio doctor} shows the details.
 */
final class JpegNotice {
    private static final AtomicBoolean SHOWN = new AtomicBoolean();

    private JpegNotice() {
    }

    /** A new run: the notice may show again. */
    static void reset() {
        SHOWN.set(false);
    }

    /** Called before a codec decodes or encodes {@code format}. */
    static void using(PixelFormat format) {
        if (format == PixelFormat.JPEG && !SHOWN.get() && !DoctorCommand.turboJpegFound() && SHOWN.compareAndSet(false, true)) {
            System.getLogger(JpegNotice.class.getName()).log(Level.WARNING, "libturbojpeg not found: JPEG goes through"
                    + " the JDK's slower codec (Debian package libturbojpeg0; 'omvio doctor' shows why)");
        }
    }
}
