package dev.omvio.bridge.javax;

import com.twelvemonkeys.imageio.spi.ImageReaderSpiBase;
import dev.omvio.bridge.javax.chunk.ChunkIndex;

import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * The provider of {@link OpenMvImageReader}: format names {@code openmv} and {@code omv},
 * suffix {@code bin}, MIME type {@code image/x-openmv-stream}, input from any
 * {@link ImageInputStream}. It recognises versions 1.0, 1.1, 2.0 and 2.1 by their magic.
 */
public final class OpenMvImageReaderSpi extends ImageReaderSpiBase {
    /** The provider, as the service loader and the {@code IIORegistry} create it. */
    public OpenMvImageReaderSpi() {
        super(new OpenMvProviderInfo());
    }

    /** Whether {@code source} is an image input stream starting with a known magic; its position is left as it was. */
    @Override
    public boolean canDecodeInput(Object source) throws IOException {
        return source instanceof ImageInputStream in && ChunkIndex.startsWithMagic(in);
    }

    @Override
    public ImageReader createReaderInstance(Object extension) {
        return new OpenMvImageReader(this);
    }

    @Override
    public String getDescription(Locale locale) {
        return "OpenMV camera image stream (OMV IMG STR) reader";
    }
}
