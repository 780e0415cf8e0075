package dev.omvio.bridge.javax;

import dev.omvio.codec.BayerAlgorithm;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageReadParam;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;

import static dev.omvio.bridge.javax.StreamBytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;

/** Frames decoded straight into a caller's image: right pixels, right place, no pixel memory allocated. */
class DirectDecodeTest {

    @Test
    void aFrameIsDecodedIntoTheCallersImageAtTheOffset() throws IOException {
        BufferedImage destination = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        destination.setRGB(0, 0, 0x123456);
        ImageReadParam param = new ImageReadParam();
        param.setDestination(destination);
        param.setDestinationOffset(new Point(2, 1));
        // Version 1.0: RGB565 stored big-endian.
        byte[] stream = StreamBytes.version("1.0").frame1(0, 2, 2, 2, bytes(0xF8, 0x00, 0x07, 0xE0, 0x00, 0x1F, 0xFF, 0xFF)).toByteArray();

        BufferedImage image = Plugins.readerOf(stream).read(0, param);

        assertThat(image).isSameAs(destination);
        assertThat(PixelFormatReadTest.rgbRow(image, 0)).containsExactly(0x123456, 0, 0, 0);
        assertThat(PixelFormatReadTest.rgbRow(image, 1)).containsExactly(0, 0, 0xFF0000, 0x00FF00);
        assertThat(PixelFormatReadTest.rgbRow(image, 2)).containsExactly(0, 0, 0x0000FF, 0xFFFFFF);
    }

    @Test
    void aHalfSizeDemosaicIsDecodedIntoTheCallersImage() throws IOException {
        BufferedImage destination = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        OpenMvImageReader reader = Plugins.readerOf(StreamBytes.version("2.0")
                .frame2(0, 6, 4, StreamBytes.BAYER_BGGR, PixelFormatReadTest.flatMosaic("BGGR", 6, 4)).toByteArray());
        OpenMvImageReadParam param = reader.getDefaultReadParam();
        param.setBayerAlgorithm(BayerAlgorithm.HALF_SIZE);
        param.setDestination(destination);

        reader.read(0, param);

        assertThat(PixelFormatReadTest.allRgb(destination)).containsOnly(PixelFormatReadTest.rgb(200, 100, 50));
    }

    @Test
    void aFrameThatDoesNotFitIsClippedThroughTheGeneralPath() throws IOException {
        BufferedImage destination = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        ImageReadParam param = new ImageReadParam();
        param.setDestination(destination);

        Plugins.readerOf(StreamBytes.version("2.0").frame2(0, 2, 1, StreamBytes.RGB565, bytes(0x1F, 0x00, 0x00, 0xF8)).toByteArray())
                .read(0, param);

        assertThat(Plugins.rgb(destination, 0, 0)).isEqualTo(0x0000FF);
    }

    @Test
    void readingIntoTheCallersImageAllocatesNoPixelMemory() throws IOException {
        int frames = 8;
        StreamBytes stream = StreamBytes.version("2.0");
        for (int i = 0; i < frames; i++) {
            stream.frame2(33, 320, 240, StreamBytes.RGB565, new byte[320 * 240 * 2]);
        }
        OpenMvImageReader reader = Plugins.readerOf(stream.toByteArray());
        BufferedImage destination = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setDestination(destination);
        reader.read(0, param);
        reader.getNumImages(true);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 1; i < frames; i++) {
            reader.read(i, param);
        }
        long perFrame = (threads.getCurrentThreadAllocatedBytes() - before) / (frames - 1);

        assertThat(perFrame).as("bytes allocated per frame of 150 KiB data, 300 KiB pixels").isLessThan(16 * 1024);
    }
}
