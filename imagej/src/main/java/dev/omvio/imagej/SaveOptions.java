package dev.omvio.imagej;

import dev.omvio.codec.EncodeOptions;
import dev.omvio.image.PixelFormat;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How {@link OpenMvStacks#save(ij.ImagePlus, java.nio.file.Path, SaveOptions)} writes a stack.
 *
 * @param format the frames' pixel format; empty for the default of the image's type
 *     ({@link OpenMvStacks#defaultFormat(ij.ImagePlus)})
 * @param firstSlice the first slice written, from 1
 * @param lastSlice the last slice written (inclusive); 0 for the stack's last
 * @param intervalMicros the time between frames; empty for the calibration's frame interval
 *     (or 1/fps), and 1/30 s if the calibration has neither
 * @param encode JPEG quality and chroma subsampling
 */
public record SaveOptions(Optional<PixelFormat> format, int firstSlice, int lastSlice,
        OptionalLong intervalMicros, EncodeOptions encode) {
    /** The whole stack, the default format, the calibration's interval, {@link EncodeOptions#DEFAULT}. */
    public static final SaveOptions DEFAULT = new SaveOptions(Optional.empty(), 1, 0, OptionalLong.empty(), EncodeOptions.DEFAULT);

    /**
     * Checks the values.
     *
     * @param format the pixel format of the frames; empty for {@link OpenMvStacks#defaultFormat}
     * @param firstSlice the first slice written, from 1
     * @param lastSlice the last slice written (inclusive); 0 for the stack's last
     * @param intervalMicros the time between frames; empty for the calibration's
     * @param encode JPEG quality and chroma subsampling
     * @throws IllegalArgumentException if the format is ARGB8 (a recording stores no ARGB8
     *     pixels), the range is not 1 &lt;= first &lt;= last (or last 0), or the interval is
     *     outside 0..1,000,000,000 µs
     */
    public SaveOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(intervalMicros, "intervalMicros");
        Objects.requireNonNull(encode, "encode");
        if (format.filter(f -> f == PixelFormat.ARGB8).isPresent()) {
            throw new IllegalArgumentException("ARGB8 cannot be saved: recordings store no ARGB8 pixels; use PNG or RGB565");
        }
        if (firstSlice < 1 || lastSlice < 0 || (lastSlice != 0 && lastSlice < firstSlice)) {
            throw new IllegalArgumentException("slice range " + firstSlice + ".." + lastSlice
                    + " is not 1 <= first <= last (last 0: the stack's last)");
        }
        if (intervalMicros.isPresent() && (intervalMicros.getAsLong() < 0 || intervalMicros.getAsLong() > 1_000_000_000L)) {
            throw new IllegalArgumentException("frame interval of " + intervalMicros.getAsLong()
                    + " µs out of range 0..1000000000");
        }
    }

    /**
     * {@return these options with the given pixel format}
     *
     * @param pixelFormat the pixel format of the frames
     */
    public SaveOptions withFormat(PixelFormat pixelFormat) {
        return new SaveOptions(Optional.of(pixelFormat), firstSlice, lastSlice, intervalMicros, encode);
    }

    /**
     * {@return these options with slices {@code first..last} (from 1, inclusive; last 0 for the stack's last)}
     *
     * @param first the first slice, from 1
     * @param last the last slice, inclusive; 0 for the stack's last
     */
    public SaveOptions withRange(int first, int last) {
        return new SaveOptions(format, first, last, intervalMicros, encode);
    }

    /**
     * {@return these options with the given frame interval in microseconds}
     *
     * @param micros the time between frames in microseconds
     */
    public SaveOptions withIntervalMicros(long micros) {
        return new SaveOptions(format, firstSlice, lastSlice, OptionalLong.of(micros), encode);
    }

    /**
     * {@return these options with other encode options (JPEG quality, chroma subsampling)}
     *
     * @param options the JPEG quality and chroma subsampling
     */
    public SaveOptions withEncode(EncodeOptions options) {
        return new SaveOptions(format, firstSlice, lastSlice, intervalMicros, options);
    }
}
