package dev.omvio.osgi.thirdparty;

import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.awt.image.BufferedImage;
import java.util.Set;

/**
 * A third party's codec bundle: it takes over GRAYSCALE decoding (showing frames as negatives)
 * with a priority above the built-in codec's, for as long as its bundle is active.
 */
public final class NegativeCodec implements PixelCodec {
    public static final String NAME = "third-party-negative";

    /** Called by the component runtime (see the component description the test writes). */
    public void activate() {
        PixelCodecs.register(this);
    }

    /** Called by the component runtime. */
    public void deactivate() {
        PixelCodecs.unregister(this);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 1_000;
    }

    @Override
    public Set<PixelFormat> decodes() {
        return Set.of(PixelFormat.GRAYSCALE);
    }

    @Override
    public Set<PixelFormat> encodes() {
        return Set.of();
    }

    @Override
    public void decode(Image source, DecodeOptions options, int[] argb, int offset, int scanline) {
        byte[] grey = source.toByteArray();
        for (int y = 0; y < source.height(); y++) {
            for (int x = 0; x < source.width(); x++) {
                int negative = 255 - (grey[y * source.width() + x] & 0xFF);
                argb[offset + y * scanline + x] = 0xFF000000 | negative * 0x010101;
            }
        }
    }

    @Override
    public BufferedImage decode(Image source, DecodeOptions options) {
        BufferedImage image = new BufferedImage(source.width(), source.height(), BufferedImage.TYPE_INT_RGB);
        int[] argb = new int[source.width() * source.height()];
        decode(source, options, argb, 0, source.width());
        image.setRGB(0, 0, source.width(), source.height(), argb, 0, source.width());
        return image;
    }

    @Override
    public Image encode(int[] argb, int offset, int scanline, int width, int height, PixelFormat format,
            EncodeOptions options) {
        throw new IllegalArgumentException(NAME + " encodes nothing");
    }

    @Override
    public Image encode(BufferedImage image, PixelFormat format, EncodeOptions options) {
        throw new IllegalArgumentException(NAME + " encodes nothing");
    }
}
