package dev.omvio.bridge.javax.contract;

import com.twelvemonkeys.imageio.util.ImageReaderAbstractTest;
import dev.omvio.bridge.javax.OpenMvImageReader;
import dev.omvio.bridge.javax.OpenMvImageReaderSpi;

import org.junit.jupiter.api.Test;

import javax.imageio.spi.ImageReaderSpi;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader against TwelveMonkeys' {@code ImageReaderAbstractTest}, the javax.imageio contract
 * every TwelveMonkeys reader inherits, over {@link ContractFiles}: every pixel format, every
 * version, several frames and a cut file. The suite reads the first file (a BINARY frame) for
 * its destination tests; {@code DestinationTypesTest} does the same for every format.
 */
class OpenMvImageReaderContractTest extends ImageReaderAbstractTest<OpenMvImageReader> {
    @Override
    protected ImageReaderSpi createProvider() {
        return new OpenMvImageReaderSpi();
    }

    @Override
    protected List<TestData> getTestData() {
        return ContractFiles.all().stream()
                .map(file -> new TestData(file.path().toFile(), file.sizes(), null))
                .toList();
    }

    @Override
    protected List<String> getFormatNames() {
        return List.of("openmv", "omv");
    }

    @Override
    protected List<String> getSuffixes() {
        return List.of("bin");
    }

    @Override
    protected List<String> getMIMETypes() {
        return List.of("image/x-openmv-stream");
    }

    /**
     * Made strict: the suite only prints a warning when a reader fills a destination of a type
     * it did not declare; the javax.imageio contract (and omvio) wants an {@code IIOException},
     * so a warning fails the test here.
     */
    @Override
    @Test
    public void testSetDestinationIllegal() throws IOException {
        String printed;
        try {
            printed = Strict.errorsPrintedBy(super::testSetDestinationIllegal);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(printed).doesNotContain("WARNING");
    }
}
