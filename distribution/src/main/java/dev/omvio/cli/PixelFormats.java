package dev.omvio.cli;

import dev.omvio.image.PixelFormat;
import picocli.CommandLine;

/**
 * Parses {@code --pixformat} values of frames written to stream files: a pixel format's name in
 * any case, such as {@code rgb565} or {@code bayer}, but not ARGB8, whose pixels the camera and
 * the OpenMV IDE do not store (a usage error that names the alternatives).
 */
final class PixelFormats implements CommandLine.ITypeConverter<PixelFormat> {
    /** Why ARGB8 frames cannot be recorded or packed, with what to use instead. */
    static final String NO_ARGB8 = "ARGB8 frames cannot be written to a stream file: the camera and the OpenMV IDE "
            + "store no pixels for them; use --pixformat png (keeps alpha) or rgb565";

    @Override
    public PixelFormat convert(String value) {
        try {
            PixelFormat format = PixelFormat.forName(value);
            if (format == PixelFormat.ARGB8) {
                throw new IllegalArgumentException(NO_ARGB8);
            }
            return format;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
