package dev.omvio.imagej;

import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

import java.io.IOException;
import java.util.Arrays;

/**
 * Turns one frame into an ImageJ processor of the stack's canvas: GRAYSCALE bytes as they are,
 * BINARY as 0 and 255 (the camera's {@code to_grayscale()}), every colour format decoded by the
 * codecs into RGB (ImageJ's RGB has no alpha: ARGB8 and PNG alpha is dropped). A frame smaller
 * than the canvas sits at its top-left corner on black.
 */
final class FrameConverter {
    private static final int OPAQUE = 0xFF00_0000;

    private final StackLayout layout;
    private final DecodeOptions options;

    FrameConverter(StackLayout layout, DecodeOptions options) {
        this.layout = layout;
        this.options = options;
    }

    ImageProcessor toProcessor(Image frame) throws IOException {
        int width = layout.width();
        int height = layout.height();
        if (layout.bitDepth() == 8) {
            Image grey = frame.format() == PixelFormat.GRAYSCALE ? frame : PixelCodecs.convert(frame, PixelFormat.GRAYSCALE, options);
            byte[] pixels = new byte[width * height];
            byte[] rows = grey.toByteArray();
            for (int y = 0; y < grey.height(); y++) {
                System.arraycopy(rows, y * grey.width(), pixels, y * width, grey.width());
            }
            return new ByteProcessor(width, height, pixels);
        }
        int[] pixels = new int[width * height];
        if (frame.width() != width || frame.height() != height) {
            Arrays.fill(pixels, OPAQUE);
        }
        PixelCodecs.decode(frame, options, pixels, 0, width);
        for (int y = 0; y < frame.height(); y++) {
            for (int i = y * width, end = i + frame.width(); i < end; i++) {
                pixels[i] |= OPAQUE;
            }
        }
        return new ColorProcessor(width, height, pixels);
    }

    /** A black processor of the canvas, for a frame that could not be read. */
    ImageProcessor blank() {
        if (layout.bitDepth() == 8) {
            return new ByteProcessor(layout.width(), layout.height());
        }
        int[] pixels = new int[layout.width() * layout.height()];
        Arrays.fill(pixels, OPAQUE);
        return new ColorProcessor(layout.width(), layout.height(), pixels);
    }
}
