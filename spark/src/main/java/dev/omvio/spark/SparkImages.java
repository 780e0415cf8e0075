package dev.omvio.spark;

import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.unsafe.types.UTF8String;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Frames as Spark's image column and back. The layout is the one Spark's {@code image} source
 * gives a picture decoded by {@code javax.imageio} (org.apache.spark.ml.image.ImageSchema.decode):
 * a grey colour space gives 1 channel (mode CV_8UC1 = 0) of the raster's samples, a colour model
 * with alpha 4 channels B, G, R, A (CV_8UC4 = 24), any other 3 channels B, G, R (CV_8UC3 = 16);
 * rows top to bottom, no padding.
 */
final class SparkImages {
    static final int CV_8UC1 = 0;
    static final int CV_8UC3 = 16;
    static final int CV_8UC4 = 24;

    private SparkImages() {
    }

    /**
     * {@code frame} decoded by the codecs into an image struct whose origin is {@code origin},
     * holding the {@code fields} of Spark's image schema (origin 0 ... data 5) that a query needs.
     */
    static InternalRow toRow(Image frame, String origin, int[] fields) throws IOException {
        BufferedImage picture = PixelCodecs.toBufferedImage(frame);
        int width = picture.getWidth();
        int height = picture.getHeight();
        boolean gray = picture.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        boolean alpha = picture.getColorModel().hasAlpha();
        int channels = gray ? 1 : alpha ? 4 : 3;
        byte[] data = new byte[Math.multiplyExact(width * height, channels)];
        if (gray) {
            int[] samples = picture.getRaster().getSamples(0, 0, width, height, 0, (int[]) null);
            for (int i = 0; i < samples.length; i++) {
                data[i] = (byte) samples[i];
            }
        } else {
            int[] argb = picture.getRGB(0, 0, width, height, null, 0, width);
            for (int i = 0, at = 0; i < argb.length; i++, at += channels) {
                int pixel = argb[i];
                data[at] = (byte) pixel;
                data[at + 1] = (byte) (pixel >>> 8);
                data[at + 2] = (byte) (pixel >>> 16);
                if (alpha) {
                    data[at + 3] = (byte) (pixel >>> 24);
                }
            }
        }
        int mode = gray ? CV_8UC1 : alpha ? CV_8UC4 : CV_8UC3;
        Object[] all = {UTF8String.fromString(origin), height, width, channels, mode, data};
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = all[fields[i]];
        }
        return new GenericInternalRow(values);
    }

    /**
     * An image struct encoded by the codecs into a frame of {@code format}.
     *
     * @throws IllegalArgumentException if the struct is not a whole 1, 3 or 4 channel 8-bit image
     */
    static Image fromRow(InternalRow image, PixelFormat format) {
        int height = image.getInt(1);
        int width = image.getInt(2);
        int channels = image.getInt(3);
        byte[] data = image.getBinary(5);
        if (width <= 0 || height <= 0 || (channels != 1 && channels != 3 && channels != 4)
                || (long) width * height * channels != data.length) {
            throw new IllegalArgumentException("image column holds no 8-bit 1, 3 or 4 channel image: " + width + "x"
                    + height + " x " + channels + " channels in " + data.length + " bytes");
        }
        BufferedImage picture = new BufferedImage(width, height,
                channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : channels == 4 ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        if (channels == 1) {
            picture.getRaster().setDataElements(0, 0, width, height, data);
        } else {
            int[] argb = new int[width * height];
            for (int i = 0, at = 0; i < argb.length; i++, at += channels) {
                int a = channels == 4 ? data[at + 3] & 0xFF : 0xFF;
                argb[i] = a << 24 | (data[at + 2] & 0xFF) << 16 | (data[at + 1] & 0xFF) << 8 | (data[at] & 0xFF);
            }
            picture.setRGB(0, 0, width, height, argb, 0, width);
        }
        return PixelCodecs.encode(picture, format);
    }

    /** The format a frame from an image struct of {@code channels} gets when the row names none. */
    static PixelFormat defaultFormat(int channels) {
        return channels == 1 ? PixelFormat.GRAYSCALE : channels == 4 ? PixelFormat.PNG : PixelFormat.RGB565;
    }
}
