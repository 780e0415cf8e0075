package dev.omvio.imagej;

import dev.omvio.codec.EncodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import ij.ImagePlus;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

/**
 * Turns one slice into a frame of the chosen format: grey slices (8-bit as they are, 16 and
 * 32-bit scaled to 8 bits by the display range) become GRAYSCALE bytes unchanged; everything
 * else goes through the codecs from ARGB pixels, so a grey slice saved as RGB565 or BINARY is
 * converted by the same rules as any picture (BINARY: the firmware's luma threshold).
 */
final class SliceEncoder {
    private final PixelFormat format;
    private final EncodeOptions options;
    private final PixelCodec codec;
    private final boolean colourSource;

    SliceEncoder(ImagePlus imp, PixelFormat format, EncodeOptions options) {
        this.format = format;
        this.options = options;
        this.codec = PixelCodecs.encoder(format);
        this.colourSource = imp.getType() == ImagePlus.COLOR_RGB || imp.getType() == ImagePlus.COLOR_256;
    }

    Image encode(ImageProcessor slice) {
        int width = slice.getWidth();
        int height = slice.getHeight();
        if (colourSource) {
            ColorProcessor rgb = slice instanceof ColorProcessor c ? c : (ColorProcessor) slice.convertToRGB();
            return codec.encode((int[]) rgb.getPixels(), 0, width, width, height, format, options);
        }
        byte[] grey = (byte[]) slice.convertToByteProcessor(true).getPixels();
        if (format == PixelFormat.GRAYSCALE) {
            return Image.of(width, height, PixelFormat.GRAYSCALE, grey.clone());
        }
        int[] argb = new int[grey.length];
        for (int i = 0; i < grey.length; i++) {
            int v = grey[i] & 0xFF;
            argb[i] = 0xFF00_0000 | v << 16 | v << 8 | v;
        }
        return codec.encode(argb, 0, width, width, height, format, options);
    }
}
