package dev.omvio.bridge.javax;

import com.twelvemonkeys.imageio.spi.ReaderWriterProviderInfo;
import com.twelvemonkeys.imageio.spi.ReaderWriterProviderInfoTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The providers' announcements against TwelveMonkeys' {@code ReaderWriterProviderInfoTest}:
 * every class {@link OpenMvProviderInfo} names exists and is of the right kind (reader, writer,
 * the providers, metadata formats), input and output types are given. Both providers are built
 * from that provider info, so the suite checks what they announce.
 */
class OpenMvProviderInfoContractTest extends ReaderWriterProviderInfoTest {
    @Override
    protected ReaderWriterProviderInfo createProviderInfo() {
        return new OpenMvProviderInfo();
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
        assertThat(new OpenMvImageReaderSpi().getFormatNames()).containsExactly(names);
        assertThat(new OpenMvImageWriterSpi().getFormatNames()).containsExactly(names);
    }
}
