package dev.omvio.bridge.javax;

import com.twelvemonkeys.imageio.spi.ReaderWriterProviderInfo;
import com.twelvemonkeys.imageio.spi.ReaderWriterProviderInfoTest;
import org.junit.jupiter.api.Test;

import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The providers' announcements against TwelveMonkeys' {@code ReaderWriterProviderInfoTest}:
 * every class a provider names exists and is of the right kind (reader, writer, the other
 * provider, metadata formats), input and output types are given. The provider info is built
 * from what {@link OpenMvImageReaderSpi} and {@link OpenMvImageWriterSpi} announce, so the
 * suite checks the providers themselves.
 */
class OpenMvProviderInfoContractTest extends ReaderWriterProviderInfoTest {
    /** The reader and writer providers' announcements, as TwelveMonkeys' provider info holds them. */
    private static final class Announced extends ReaderWriterProviderInfo {
        Announced(ImageReaderSpi reader, ImageWriterSpi writer) {
            super(Announced.class, reader.getFormatNames(), reader.getFileSuffixes(), reader.getMIMETypes(),
                    reader.getPluginClassName(), writer.getImageReaderSpiNames(),
                    writer.getPluginClassName(), reader.getImageWriterSpiNames(),
                    reader.isStandardStreamMetadataFormatSupported(), reader.getNativeStreamMetadataFormatName(),
                    PluginInfo.STREAM_METADATA_FORMAT_CLASS, null, null,
                    reader.isStandardImageMetadataFormatSupported(), reader.getNativeImageMetadataFormatName(),
                    PluginInfo.FRAME_METADATA_FORMAT_CLASS, null, null);
        }
    }

    @Override
    protected ReaderWriterProviderInfo createProviderInfo() {
        return new Announced(new OpenMvImageReaderSpi(), new OpenMvImageWriterSpi());
    }

    /**
     * Overridden: TwelveMonkeys' own convention is that each format name is listed in lower and
     * upper case ("tiff", "TIFF"); javax.imageio does not ask for it, and omvio announces
     * {@code openmv} and {@code omv} once each. What the contract does ask is checked: names
     * are given, none is empty, reader and writer announce the same ones.
     */
    @Override
    @Test
    public void formatNames() {
        String[] names = getProviderInfo().formatNames();
        assertThat(names).containsExactly("openmv", "omv");
        assertThat(new OpenMvImageWriterSpi().getFormatNames()).containsExactly(names);
    }
}
