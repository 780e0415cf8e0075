package dev.omvio.bridge.javax.pixels;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.awt.Point;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Copies a frame's stored samples straight into an image of the type natural to its format,
 * with no decode: RGB565 words into {@code USHORT_565_RGB}, GRAYSCALE bytes into
 * {@code USHORT_GRAY} (v * 257, the same grey), BINARY bits into {@code BYTE_BINARY}. The
 * destination's layout is checked here; its colours (a black-and-white palette for
 * {@code BYTE_BINARY}) by the reader, which refuses undeclared types first.
 */
public final class NaturalCopy {
    private static final int[] RGB565_MASKS = {0xF800, 0x07E0, 0x001F};

    private NaturalCopy() {
    }

    /**
     * Whether {@code destination} is laid out as the natural type of {@code format}, unshared
     * and untranslated, with the whole {@code width} x {@code height} frame fitting at
     * {@code offset}.
     */
    public static boolean fits(PixelFormat format, int width, int height, BufferedImage destination, Point offset) {
        WritableRaster raster = destination.getRaster();
        if (raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0
                || offset.x < 0 || offset.y < 0
                || offset.x + width > destination.getWidth() || offset.y + height > destination.getHeight()) {
            return false;
        }
        SampleModel model = raster.getSampleModel();
        return switch (format) {
            case RGB565 -> model instanceof SinglePixelPackedSampleModel packed
                    && raster.getDataBuffer() instanceof DataBufferUShort
                    && Arrays.equals(packed.getBitMasks(), RGB565_MASKS);
            case GRAYSCALE -> model instanceof ComponentSampleModel component && component.getNumBands() == 1
                    && raster.getDataBuffer() instanceof DataBufferUShort;
            case BINARY -> model instanceof MultiPixelPackedSampleModel bits && bits.getPixelBitStride() == 1
                    && raster.getDataBuffer() instanceof DataBufferByte;
            default -> false;
        };
    }

    /** Copies {@code image} (whose format and destination {@link #fits}) to {@code offset}. */
    public static void copy(Image image, BufferedImage destination, Point offset) {
        WritableRaster raster = destination.getRaster();
        ByteBuffer data = image.data().duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int width = image.width();
        int height = image.height();
        switch (image.format()) {
            case RGB565 -> {
                SinglePixelPackedSampleModel model = (SinglePixelPackedSampleModel) raster.getSampleModel();
                DataBufferUShort buffer = (DataBufferUShort) raster.getDataBuffer();
                short[] words = buffer.getData();
                for (int y = 0; y < height; y++) {
                    int row = buffer.getOffset() + (offset.y + y) * model.getScanlineStride() + offset.x;
                    for (int x = 0; x < width; x++) {
                        words[row + x] = data.getShort((y * width + x) * 2);
                    }
                }
            }
            case GRAYSCALE -> {
                ComponentSampleModel model = (ComponentSampleModel) raster.getSampleModel();
                DataBufferUShort buffer = (DataBufferUShort) raster.getDataBuffer();
                short[] samples = buffer.getData();
                int base = buffer.getOffset() + model.getBandOffsets()[0];
                for (int y = 0; y < height; y++) {
                    int row = base + (offset.y + y) * model.getScanlineStride() + offset.x * model.getPixelStride();
                    for (int x = 0; x < width; x++) {
                        samples[row + x * model.getPixelStride()] = (short) ((data.get(y * width + x) & 0xFF) * 257);
                    }
                }
            }
            case BINARY -> {
                // Stored: rows of whole 32-bit little-endian words, pixel x in bit x % 32 (FORMAT.md).
                int wordsPerRow = (width + 31) / 32;
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        int word = data.getInt((y * wordsPerRow + x / 32) * 4);
                        raster.setSample(offset.x + x, offset.y + y, 0, (word >>> (x % 32)) & 1);
                    }
                }
            }
            default -> throw new IllegalArgumentException(image.format() + " has no natural image type");
        }
    }
}
