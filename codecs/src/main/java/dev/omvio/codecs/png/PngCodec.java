package dev.omvio.codecs.png;

import dev.omvio.codec.EncodeOptions;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.codecs.support.ImageIoFileCodec;
import dev.omvio.codecs.support.Checks;
import dev.omvio.codecs.support.ImageIoFiles;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import org.osgi.service.component.annotations.Component;

import java.awt.image.BufferedImage;

/**
 * PNG with the JDK's {@code javax.imageio} plugin. Decoding checks the header's dimensions
 * before reading pixels; encoding writes RGB, or RGBA when some pixel is not opaque.
 */
@Component(service = PixelCodec.class, immediate = true)
public final class PngCodec extends ImageIoFileCodec {
    /**
     * The most pixels one byte of PNG data can encode: deflate expands at most 1032 times, and a
     * pixel takes at least one bit (1-bit greyscale).
     */
    private static final long MAX_PIXELS_PER_BYTE = 8 * 1032;

    /** The codec, as service loading creates it. Decodes to the JDK plugin's type for the file's colour type. */
    public PngCodec() {
        super("JDK ImageIO PNG", PRIORITY_BUILT_IN, PixelFormat.PNG, "png", MAX_PIXELS_PER_BYTE);
    }

    @Override
    public Image encode(int[] argb, int offset, int scanline, int width, int height, PixelFormat format, EncodeOptions options) {
        checkEncodes(format);
        Checks.rows(argb.length, offset, scanline, width, height);
        int type = opaque(argb, offset, scanline, width, height) ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
        BufferedImage image = new BufferedImage(width, height, type);
        image.setRGB(0, 0, width, height, argb, offset, scanline);
        return Image.of(width, height, PixelFormat.PNG, ImageIoFiles.write(image, ImageIoFiles.writer("png"), null, null));
    }

    private static boolean opaque(int[] argb, int offset, int scanline, int width, int height) {
        for (int y = 0; y < height; y++) {
            int row = offset + y * scanline;
            for (int x = 0; x < width; x++) {
                if (argb[row + x] >>> 24 != 0xFF) {
                    return false;
                }
            }
        }
        return true;
    }
}
