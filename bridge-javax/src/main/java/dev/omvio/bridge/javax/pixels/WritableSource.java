package dev.omvio.bridge.javax.pixels;

import com.twelvemonkeys.imageio.util.IIOUtil;

import javax.imageio.IIOParam;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.RenderedImage;
import java.awt.image.WritableRaster;

/**
 * What a writer encodes: the given image as a {@link BufferedImage}, cut to the parameter's
 * source region and subsampled as it asks.
 */
public final class WritableSource {
    private WritableSource() {
    }

    /**
     * The pixels of {@code image} that {@code param} selects (all of them for a null param).
     *
     * @throws IllegalArgumentException if the selection is empty or asks for source bands
     */
    public static BufferedImage select(RenderedImage image, IIOParam param) {
        BufferedImage buffered = asBufferedImage(image);
        if (param == null) {
            return buffered;
        }
        if (param.getSourceBands() != null) {
            throw new IllegalArgumentException("source bands cannot be selected when writing OpenMV frames");
        }
        // The source region within the image, moved by the subsampling offsets (TwelveMonkeys' reading of IIOParam).
        Rectangle region = IIOUtil.getSourceRegion(param, buffered.getWidth(), buffered.getHeight());
        int periodX = param.getSourceXSubsampling();
        int periodY = param.getSourceYSubsampling();
        int width = ceilDiv(region.width, periodX);
        int height = ceilDiv(region.height, periodY);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("the source region " + param.getSourceRegion()
                    + " with its subsampling selects no pixels of the " + buffered.getWidth() + "x"
                    + buffered.getHeight() + " image");
        }
        if (region.x == 0 && region.y == 0 && periodX == 1 && periodY == 1
                && width == buffered.getWidth() && height == buffered.getHeight()) {
            return buffered;
        }
        ColorModel model = buffered.getColorModel();
        BufferedImage selected = new BufferedImage(model, buffered.getRaster().createCompatibleWritableRaster(width, height),
                model.isAlphaPremultiplied(), null);
        SampleCopier.copy(buffered.getRaster(), region.x, region.y, periodX, periodY, selected.getRaster(),
                new Rectangle(0, 0, width, height), rows -> true);
        return selected;
    }

    private static BufferedImage asBufferedImage(RenderedImage image) {
        if (image instanceof BufferedImage buffered) {
            return buffered;
        }
        ColorModel model = image.getColorModel();
        WritableRaster raster = model.createCompatibleWritableRaster(image.getWidth(), image.getHeight());
        image.copyData(raster.createWritableTranslatedChild(image.getMinX(), image.getMinY()));
        return new BufferedImage(model, raster, model.isAlphaPremultiplied(), null);
    }

    private static int ceilDiv(int value, int divisor) {
        return value <= 0 ? 0 : (value + divisor - 1) / divisor;
    }
}
