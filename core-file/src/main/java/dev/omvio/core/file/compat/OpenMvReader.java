package dev.omvio.core.file.compat;

/** The two programs that read "OMV IMG STR" files besides omvio. */
public enum OpenMvReader {
    /** The camera firmware's {@code image.ImageIO} file reader (openmv/openmv, {@code modules/py_imageio.c}). */
    FIRMWARE,
    /** The OpenMV IDE's player and converter (openmv/qt-creator, {@code src/plugins/openmv/tools/videotools.cpp}). */
    IDE;

    /** {@return the reader's name as reports print it: {@code firmware} or {@code ide}} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
