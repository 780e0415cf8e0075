package dev.omvio.codecs.support;

import dev.omvio.codec.DecodeOptions;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Set;

/**
 * A codec for frames that are whole image files (JPEG, PNG) read with a JDK
 * {@code javax.imageio} plugin: decoding checks the file's dimensions before reading pixels,
 * and decoding into a caller's array goes through the plugin's image.
 */
public abstract class ImageIoFileCodec extends BasePixelCodec {
    private final String pluginFormat;
    private final long maxPixelsPerByte;

    /**
     * @param pluginFormat the plugin's format name, such as {@code "png"}
     * @param maxPixelsPerByte the most pixels one byte of the format can encode: frames claiming
     *     more are refused before the plugin allocates their pixels
     */
    protected ImageIoFileCodec(String name, int priority, PixelFormat format, String pluginFormat,
            long maxPixelsPerByte) {
        super(name, priority, Set.of(format), Set.of(format));
        this.pluginFormat = pluginFormat;
        this.maxPixelsPerByte = maxPixelsPerByte;
    }

    @Override
    public void decode(Image source, DecodeOptions options, int[] argb, int offset, int scanline) throws IOException {
        checkDecodes(source.format());
        Checks.rows(argb.length, offset, scanline, source.width(), source.height());
        ArgbPixels.copy(decode(source, options), argb, offset, scanline);
    }

    /** Decodes to the image type the JDK plugin produces for the file. */
    @Override
    public BufferedImage decode(Image source, DecodeOptions options) throws IOException {
        checkDecodes(source.format());
        return ImageIoFiles.read(source, pluginFormat, options, maxPixelsPerByte);
    }
}
