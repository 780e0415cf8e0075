package dev.omvio.bridge.javax;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.event.IIOReadUpdateListener;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static dev.omvio.bridge.javax.Plugins.grey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every ImageReadParam feature, with frames whose every sample says where it comes from. */
class ReadParamTest {
    // A 6x4 GRAYSCALE frame whose pixel (x, y) is 16 * y + x.
    private static final byte[] GREY_6X4 = greyFrame(6, 4);
    // A 2x2 PNG frame with alpha: A = 255, R = 10 + x, G = 20 + y, B = 30 + x + y. (PNG is how a
    // stream file keeps alpha: the camera stores no pixels for ARGB8 frames.)
    private static final byte[] ARGB_2X2 = pngFrameWithAlpha();

    @Test
    void aSourceRegionIsCutOut() throws IOException {
        ImageReadParam param = new ImageReadParam();
        param.setSourceRegion(new Rectangle(1, 1, 3, 2));

        BufferedImage image = Plugins.readerOf(GREY_6X4).read(0, param);

        assertThat(image.getWidth()).isEqualTo(3);
        assertThat(image.getHeight()).isEqualTo(2);
        assertThat(PixelFormatReadTest.row(image, 0)).containsExactly(17, 18, 19);
        assertThat(PixelFormatReadTest.row(image, 1)).containsExactly(33, 34, 35);
    }

    @Test
    void subsamplingTakesEveryNthPixelFromItsOffset() throws IOException {
        ImageReadParam param = new ImageReadParam();
        param.setSourceSubsampling(2, 2, 1, 0);

        BufferedImage image = Plugins.readerOf(GREY_6X4).read(0, param);

        assertThat(image.getWidth()).isEqualTo(3);
        assertThat(image.getHeight()).isEqualTo(2);
        assertThat(PixelFormatReadTest.row(image, 0)).containsExactly(1, 3, 5);
        assertThat(PixelFormatReadTest.row(image, 1)).containsExactly(33, 35, 37);
    }

    @Test
    void aDestinationOffsetMovesThePixelsInANewImage() throws IOException {
        ImageReadParam param = new ImageReadParam();
        param.setDestinationOffset(new Point(2, 1));

        BufferedImage image = Plugins.readerOf(GREY_6X4).read(0, param);

        assertThat(image.getWidth()).isEqualTo(8);
        assertThat(image.getHeight()).isEqualTo(5);
        assertThat(grey(image, 0, 0)).isZero();
        assertThat(grey(image, 2, 1)).isEqualTo(0);
        assertThat(grey(image, 3, 1)).isEqualTo(1);
        assertThat(grey(image, 7, 4)).isEqualTo(53);
    }

    @Test
    void aDestinationImageIsFilledAtTheOffsetAndClipped() throws IOException {
        BufferedImage destination = new BufferedImage(5, 3, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 5; x++) {
                destination.getRaster().setSample(x, y, 0, 7);
            }
        }
        ImageReadParam param = new ImageReadParam();
        param.setDestination(destination);
        param.setDestinationOffset(new Point(3, 1));
        param.setSourceRegion(new Rectangle(2, 1, 4, 3));

        BufferedImage image = Plugins.readerOf(GREY_6X4).read(0, param);

        assertThat(image).isSameAs(destination);
        assertThat(PixelFormatReadTest.row(image, 0)).containsExactly(7, 7, 7, 7, 7);
        assertThat(PixelFormatReadTest.row(image, 1)).containsExactly(7, 7, 7, 18, 19);
        assertThat(PixelFormatReadTest.row(image, 2)).containsExactly(7, 7, 7, 34, 35);
    }

    private static byte[] pngFrameWithAlpha() {
        BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 2; x++) {
                argb.setRGB(x, y, 0xFF000000 | (10 + x) << 16 | (20 + y) << 8 | (30 + x + y));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(argb, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return StreamBytes.version("2.0").frame2(0, 2, 2, StreamBytes.PNG, png.toByteArray()).toByteArray();
    }

    @Test
    void aDestinationTypeAmongTheOfferedOnesIsUsed() throws IOException {
        ImageReader reader = Plugins.readerOf(ARGB_2X2);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setDestinationType(ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_4BYTE_ABGR));

        BufferedImage image = reader.read(0, param);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_4BYTE_ABGR);
        assertThat(image.getRGB(1, 1)).isEqualTo(0xFF0B1520);
    }

    @Test
    void aDestinationTypeNotOfferedIsAnIioException() {
        ImageReader reader = Plugins.readerOf(ARGB_2X2);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setDestinationType(ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_BYTE_GRAY));

        assertThatThrownBy(() -> reader.read(0, param)).isInstanceOf(IIOException.class);
    }

    @Test
    void oneSourceBandIsReadAsGrey() throws IOException {
        ImageReadParam param = new ImageReadParam();
        param.setSourceBands(new int[] {1});

        BufferedImage image = Plugins.readerOf(ARGB_2X2).read(0, param);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(PixelFormatReadTest.row(image, 0)).containsExactly(20, 20);
        assertThat(PixelFormatReadTest.row(image, 1)).containsExactly(21, 21);
    }

    @Test
    void sourceBandsCanBeReordered() throws IOException {
        ImageReadParam param = new ImageReadParam();
        param.setSourceBands(new int[] {2, 1, 0});

        BufferedImage image = Plugins.readerOf(ARGB_2X2).read(0, param);

        assertThat(image.getRaster().getNumBands()).isEqualTo(3);
        assertThat(Plugins.rgb(image, 1, 1)).isEqualTo(0x20150B);
    }

    @Test
    void destinationBandsPlaceTheSourceBands() throws IOException {
        BufferedImage destination = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        ImageReadParam param = new ImageReadParam();
        param.setDestination(destination);
        param.setSourceBands(new int[] {0});
        param.setDestinationBands(new int[] {1});

        Plugins.readerOf(ARGB_2X2).read(0, param);

        assertThat(Plugins.rgb(destination, 0, 0)).isEqualTo(0x000A00);
        assertThat(Plugins.rgb(destination, 1, 1)).isEqualTo(0x000B00);
    }

    @Test
    void bandListsOfDifferentLengthsAreAnIllegalArgument() {
        BufferedImage destination = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        ImageReadParam param = new ImageReadParam();
        param.setDestination(destination);
        param.setSourceBands(new int[] {0, 1});
        param.setDestinationBands(new int[] {1});

        assertThatThrownBy(() -> Plugins.readerOf(ARGB_2X2).read(0, param)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSourceBandOutOfRangeIsAnIllegalArgument() {
        ImageReadParam param = new ImageReadParam();
        param.setSourceBands(new int[] {1});

        assertThatThrownBy(() -> Plugins.readerOf(GREY_6X4).read(0, param)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readRasterAppliesRegionSubsamplingAndBands() throws IOException {
        ImageReader reader = Plugins.readerOf(ARGB_2X2);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceRegion(new Rectangle(0, 1, 2, 1));
        param.setSourceSubsampling(2, 1, 1, 0);
        param.setSourceBands(new int[] {2, 3});

        Raster raster = reader.readRaster(0, param);

        assertThat(reader.canReadRaster()).isTrue();
        assertThat(raster.getWidth()).isEqualTo(1);
        assertThat(raster.getHeight()).isEqualTo(1);
        assertThat(raster.getNumBands()).isEqualTo(2);
        assertThat(raster.getPixel(0, 0, (int[]) null)).containsExactly(32, 255);
    }

    @Test
    void readRasterWithoutParamIsTheWholeFrame() throws IOException {
        Raster raster = Plugins.readerOf(GREY_6X4).readRaster(0, null);

        assertThat(raster.getWidth()).isEqualTo(6);
        assertThat(raster.getSample(5, 3, 0)).isEqualTo(53);
    }

    @Test
    void listenersHearTheReadStartProgressUpdatesAndComplete() throws IOException {
        ImageReader reader = Plugins.readerOf(GREY_6X4);
        Events events = new Events();
        reader.addIIOReadProgressListener(events);
        reader.addIIOReadUpdateListener(events);
        ImageReadParam param = new ImageReadParam();
        param.setSourceSubsampling(1, 2, 0, 0);

        reader.read(0, param);

        assertThat(events.log).containsExactly("started 0", "update rows 0..0", "progress 50", "update rows 1..1",
                "progress 100", "complete");
    }

    @Test
    void aReadWithDefaultsReportsOneWholeUpdate() throws IOException {
        ImageReader reader = Plugins.readerOf(GREY_6X4);
        Events events = new Events();
        reader.addIIOReadProgressListener(events);
        reader.addIIOReadUpdateListener(events);

        reader.read(0);

        assertThat(events.log).containsExactly("started 0", "update rows 0..3", "progress 100", "complete");
    }

    @Test
    void abortStopsTheReadAndIsReported() throws IOException {
        ImageReader reader = Plugins.readerOf(GREY_6X4);
        Events events = new Events();
        events.abortOnFirstUpdate = reader;
        reader.addIIOReadProgressListener(events);
        reader.addIIOReadUpdateListener(events);
        ImageReadParam param = new ImageReadParam();
        param.setSourceRegion(new Rectangle(0, 0, 6, 4));
        param.setDestinationOffset(new Point(0, 0));
        param.setSourceSubsampling(1, 1, 0, 0);
        param.setDestinationType(ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_BYTE_GRAY));
        param.setSourceBands(new int[] {0});

        BufferedImage image = reader.read(0, param);

        assertThat(events.log).containsExactly("started 0", "update rows 0..0", "progress 25", "aborted");
        assertThat(PixelFormatReadTest.row(image, 0)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(PixelFormatReadTest.row(image, 1)).as("not read").containsOnly(0);
    }

    @Property(tries = 200)
    void everyRegionAndSubsamplingPicksTheRightPixels(
            @ForAll @IntRange(min = 1, max = 12) int width, @ForAll @IntRange(min = 1, max = 12) int height,
            @ForAll @IntRange(min = 1, max = 4) int periodX, @ForAll @IntRange(min = 1, max = 4) int periodY,
            @ForAll @IntRange(min = 0, max = 1000) int seedX, @ForAll @IntRange(min = 0, max = 1000) int seedY) throws IOException {
        // The seeds pick a region inside the frame and subsampling offsets inside the region.
        int x = seedX % width;
        int y = seedY % height;
        int regionWidth = 1 + seedY % (width - x);
        int regionHeight = 1 + seedX % (height - y);
        int offsetX = seedX % Math.min(periodX, regionWidth);
        int offsetY = seedY % Math.min(periodY, regionHeight);
        ImageReadParam param = new ImageReadParam();
        param.setSourceRegion(new Rectangle(x, y, regionWidth, regionHeight));
        param.setSourceSubsampling(periodX, periodY, offsetX, offsetY);

        BufferedImage image = Plugins.readerOf(greyFrame(width, height)).read(0, param);

        assertThat(image.getWidth()).isEqualTo((regionWidth - offsetX + periodX - 1) / periodX);
        assertThat(image.getHeight()).isEqualTo((regionHeight - offsetY + periodY - 1) / periodY);
        for (int dy = 0; dy < image.getHeight(); dy++) {
            for (int dx = 0; dx < image.getWidth(); dx++) {
                int sx = x + offsetX + dx * periodX;
                int sy = y + offsetY + dy * periodY;
                assertThat(grey(image, dx, dy)).isEqualTo(16 * sy + sx);
            }
        }
    }

    // A GRAYSCALE frame whose pixel (x, y) is 16 * y + x (distinct for up to 16 x 16).
    static byte[] greyFrame(int width, int height) {
        byte[] data = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                data[y * width + x] = (byte) (16 * y + x);
            }
        }
        return StreamBytes.version("2.0").frame2(0, width, height, StreamBytes.GRAYSCALE, data).toByteArray();
    }

    /** Records listener calls as text. */
    static final class Events implements IIOReadProgressListener, IIOReadUpdateListener {
        final List<String> log = new ArrayList<>();
        ImageReader abortOnFirstUpdate;

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
            log.add("started " + imageIndex);
        }

        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            log.add("progress " + Math.round(percentageDone));
        }

        @Override
        public void imageComplete(ImageReader source) {
            log.add("complete");
        }

        @Override
        public void readAborted(ImageReader source) {
            log.add("aborted");
        }

        @Override
        public void imageUpdate(ImageReader source, BufferedImage theImage, int minX, int minY, int width, int height,
                int periodX, int periodY, int[] bands) {
            log.add("update rows " + minY + ".." + (minY + height - 1));
            if (abortOnFirstUpdate != null) {
                abortOnFirstUpdate.abort();
            }
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {
        }

        @Override
        public void sequenceComplete(ImageReader source) {
        }

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageReader source) {
        }

        @Override
        public void passStarted(ImageReader source, BufferedImage theImage, int pass, int minPass, int maxPass,
                int minX, int minY, int periodX, int periodY, int[] bands) {
        }

        @Override
        public void passComplete(ImageReader source, BufferedImage theImage) {
        }

        @Override
        public void thumbnailPassStarted(ImageReader source, BufferedImage theThumbnail, int pass, int minPass,
                int maxPass, int minX, int minY, int periodX, int periodY, int[] bands) {
        }

        @Override
        public void thumbnailPassComplete(ImageReader source, BufferedImage theThumbnail) {
        }

        @Override
        public void thumbnailUpdate(ImageReader source, BufferedImage theThumbnail, int minX, int minY, int width,
                int height, int periodX, int periodY, int[] bands) {
        }
    }
}
