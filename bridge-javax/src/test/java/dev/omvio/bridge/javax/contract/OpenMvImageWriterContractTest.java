package dev.omvio.bridge.javax.contract;

import com.twelvemonkeys.imageio.util.ImageWriterAbstractTest;
import dev.omvio.bridge.javax.OpenMvImageWriter;
import dev.omvio.bridge.javax.OpenMvImageWriterSpi;

import javax.imageio.spi.ImageWriterSpi;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.util.List;

/**
 * The writer against TwelveMonkeys' {@code ImageWriterAbstractTest}, the javax.imageio contract
 * every TwelveMonkeys writer inherits, with pictures of the types the writer maps to each
 * pixel format (RGB, grey, bi-level, with alpha).
 */
class OpenMvImageWriterContractTest extends ImageWriterAbstractTest<OpenMvImageWriter> {
    @Override
    protected ImageWriterSpi createProvider() {
        return new OpenMvImageWriterSpi();
    }

    @Override
    protected List<? extends RenderedImage> getTestData() {
        return List.of(
                drawSomething(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB)),
                drawSomething(new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR)),
                drawSomething(new BufferedImage(33, 20, BufferedImage.TYPE_BYTE_GRAY)),
                drawSomething(new BufferedImage(35, 9, BufferedImage.TYPE_BYTE_BINARY)),
                drawSomething(new BufferedImage(20, 10, BufferedImage.TYPE_INT_ARGB)),
                drawSomething(new BufferedImage(17, 5, BufferedImage.TYPE_USHORT_565_RGB)));
    }
}
