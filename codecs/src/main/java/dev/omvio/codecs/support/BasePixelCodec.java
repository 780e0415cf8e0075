package dev.omvio.codecs.support;

import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Set;

/**
 * The parts of a {@link PixelCodec} every codec here shares: its identity, the format checks,
 * decoding to a {@link BufferedImage} through the caller-buffer decode, and encoding a
 * {@link BufferedImage} through the ARGB encode.
 *
 * <p>Inside OSGi each codec is a Declarative Services component: an OSGi service while the
 * bundle is active, and handed to {@link PixelCodecs}, which does not see other bundles' services.
 */
public abstract class BasePixelCodec implements PixelCodec {
    private final String name;
    private final int priority;
    private final Set<PixelFormat> decodes;
    private final Set<PixelFormat> encodes;

    protected BasePixelCodec(String name, int priority, Set<PixelFormat> decodes, Set<PixelFormat> encodes) {
        this.name = name;
        this.priority = priority;
        this.decodes = Set.copyOf(decodes);
        this.encodes = Set.copyOf(encodes);
    }

    /** Called by OSGi's component runtime when the codec's component activates. */
    @Activate
    protected void activate() {
        PixelCodecs.register(this);
    }

    /** Called by OSGi's component runtime when the codec's component deactivates. */
    @Deactivate
    protected void deactivate() {
        PixelCodecs.unregister(this);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int priority() {
        return priority;
    }

    @Override
    public Set<PixelFormat> decodes() {
        return decodes;
    }

    @Override
    public Set<PixelFormat> encodes() {
        return encodes;
    }

    /** Decodes into a new {@code TYPE_INT_ARGB} image for ARGB8, {@code TYPE_INT_RGB} otherwise. */
    @Override
    public BufferedImage decode(Image source, DecodeOptions options) throws IOException {
        checkDecodes(source.format());
        int width = options.decodedWidth(source);
        int height = options.decodedHeight(source);
        options.checkPixels(source.format() + " frame", width, height);
        int type = source.format() == PixelFormat.ARGB8 ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage image = new BufferedImage(width, height, type);
        decode(source, options, ArgbPixels.pixelsOf(image), 0, width);
        return image;
    }

    @Override
    public Image encode(BufferedImage image, PixelFormat format, EncodeOptions options) {
        checkEncodes(format);
        ArgbPixels pixels = ArgbPixels.of(image);
        return encode(pixels.argb(), pixels.offset(), pixels.scanline(), pixels.width(), pixels.height(), format, options);
    }

    /** @throws IllegalArgumentException if this codec does not decode {@code format} */
    protected final void checkDecodes(PixelFormat format) {
        Checks.supported(decodes, format, name);
    }

    /** @throws IllegalArgumentException if this codec does not encode {@code format} */
    protected final void checkEncodes(PixelFormat format) {
        Checks.supported(encodes, format, name);
    }

    @Override
    public String toString() {
        return name + " (priority " + priority + (isAvailable() ? ")" : ", unavailable)");
    }
}
