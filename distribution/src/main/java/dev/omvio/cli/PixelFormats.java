package dev.omvio.cli;

import dev.omvio.image.PixelFormat;
import picocli.CommandLine;

/** Parses {@code --pixformat} values: a pixel format's name in any case, such as {@code rgb565} or {@code bayer}. */
final class PixelFormats implements CommandLine.ITypeConverter<PixelFormat> {
    @Override
    public PixelFormat convert(String value) {
        try {
            return PixelFormat.forName(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
