package dev.omvio.bridge.javax;

import com.twelvemonkeys.imageio.spi.ImageWriterSpiBase;

import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.util.Locale;

/**
 * The provider of {@link OpenMvImageWriter}: format names {@code openmv} and {@code omv},
 * suffix {@code bin}, MIME type {@code image/x-openmv-stream}, output to any
 * {@link ImageOutputStream}.
 */
public final class OpenMvImageWriterSpi extends ImageWriterSpiBase {
    /** The provider, as the service loader and the {@code IIORegistry} create it. */
    public OpenMvImageWriterSpi() {
        super(new OpenMvProviderInfo());
    }

    /** Every image type: the codecs take pixels as ARGB, whatever their storage. */
    @Override
    public boolean canEncodeImage(ImageTypeSpecifier type) {
        return true;
    }

    @Override
    public ImageWriter createWriterInstance(Object extension) {
        return new OpenMvImageWriter(this);
    }

    @Override
    public String getDescription(Locale locale) {
        return "OpenMV camera image stream (OMV IMG STR) version 2.0 writer";
    }
}
