package dev.omvio.codecs.support;

import dev.omvio.codec.CorruptImageException;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.util.Objects;
import java.util.Set;

/** Argument checks shared by the codecs, each failing with a message that names the bad value. */
public final class Checks {
    private Checks() {
    }

    /** @throws IllegalArgumentException if {@code format} is not among {@code supported} */
    public static void supported(Set<PixelFormat> supported, PixelFormat format, String codec) {
        Objects.requireNonNull(format, "format");
        if (!supported.contains(format)) {
            throw new IllegalArgumentException(codec + " does not handle " + format + " (it handles " + supported + ")");
        }
    }

    /**
     * Checks that {@code height} rows of {@code width} pixels, {@code scanline} apart from
     * {@code offset}, fit in an array of {@code length}.
     *
     * @throws IllegalArgumentException naming the values if they do not
     */
    public static void rows(int length, int offset, int scanline, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image dimensions must be positive, got " + width + "x" + height);
        }
        if (offset < 0 || scanline < width) {
            throw new IllegalArgumentException("offset " + offset + " and scanline " + scanline
                    + " do not hold rows of " + width + " pixels");
        }
        long end = offset + (long) (height - 1) * scanline + width;
        if (end > length) {
            throw new IllegalArgumentException(height + " rows of " + width + " pixels with scanline " + scanline
                    + " from offset " + offset + " need " + end + " array elements, got " + length);
        }
    }

    /**
     * Checks that a compressed frame's data could hold its pixels at all, before a decoder
     * allocates memory for them: a few hundred bytes claiming 16384x16384 pixels are a lie, not
     * a reason to allocate a gigabyte.
     *
     * @param maxPixelsPerByte the most pixels one byte of the format can encode
     * @throws CorruptImageException if the frame claims more pixels than its data can hold
     */
    public static void compressedSize(Image source, String formatName, long maxPixelsPerByte)
            throws CorruptImageException {
        long pixels = (long) source.width() * source.height();
        if (pixels > maxPixelsPerByte * source.dataSize()) {
            throw new CorruptImageException(formatName + " data of " + source.dataSize() + " bytes cannot hold "
                    + source.width() + "x" + source.height() + " pixels");
        }
    }

    /**
     * Checks that a compressed file's own dimensions are the frame's.
     *
     * @throws CorruptImageException if they differ
     */
    public static void sameDimensions(Image source, String formatName, long width, long height) throws CorruptImageException {
        if (width != source.width() || height != source.height()) {
            throw new CorruptImageException(formatName + " header says " + width + "x" + height
                    + " but the frame is " + source.width() + "x" + source.height());
        }
    }
}
