package dev.omvio.cli;

import dev.omvio.sensor.FrameSize;
import picocli.CommandLine;

/** Parses {@code --framesize} values: a camera size name such as {@code QVGA}, or {@code WIDTHxHEIGHT}. */
final class FrameSizes implements CommandLine.ITypeConverter<FrameSize> {
    @Override
    public FrameSize convert(String value) {
        try {
            return FrameSize.forName(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
