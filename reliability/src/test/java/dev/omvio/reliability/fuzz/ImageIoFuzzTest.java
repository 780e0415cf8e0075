package dev.omvio.reliability.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * omvio's {@code javax.imageio} reader (format name {@code openmv}) on arbitrary bytes, as an
 * application reading an untrusted file through {@code ImageIO} drives it. The one documented
 * failure is the {@link IIOException} of the {@link ImageReader} contract; anything else that
 * escapes is a finding. Every frame counted can be measured and read at its stated size.
 */
class ImageIoFuzzTest {
    /** Frames read per input: enough to reach every format, few enough to stay fast. */
    private static final int MAX_FRAMES = 8;

    @FuzzTest(maxDuration = FuzzSettings.DURATION)
    void readsAnyStream(byte[] content) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("openmv");
        assertThat(readers.hasNext()).as("the openmv ImageIO reader (omvio-bridge-javax) is on the class path").isTrue();
        ImageReader reader = readers.next();
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, false, false);
            int count = reader.getNumImages(true);
            assertThat(count).isNotNegative();
            reader.getStreamMetadata();
            for (int i = 0; i < Math.min(count, MAX_FRAMES); i++) {
                readFrame(reader, i);
            }
        } catch (IIOException rejected) {
            // documented: not a stream, or a frame that cannot be decoded
        } finally {
            reader.dispose();
        }
    }

    private static void readFrame(ImageReader reader, int index) throws IOException {
        int width = reader.getWidth(index);
        int height = reader.getHeight(index);
        reader.getImageMetadata(index);
        try {
            BufferedImage image = reader.read(index);
            assertThat(image.getWidth()).isEqualTo(width);
            assertThat(image.getHeight()).isEqualTo(height);
        } catch (IIOException undecodable) {
            // documented for a frame whose data cannot be decoded; the next frames still count
        }
    }
}
