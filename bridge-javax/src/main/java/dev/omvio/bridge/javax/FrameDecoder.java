package dev.omvio.bridge.javax;

import dev.omvio.bridge.javax.chunk.ChunkIndex;
import dev.omvio.bridge.javax.pixels.NaturalCopy;
import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;

import javax.imageio.IIOException;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.IOException;

/**
 * Turns the frames of a {@link ChunkIndex} into pixels through {@link PixelCodecs}, as an
 * {@link OpenMvImageReadParam} asks: demosaiced or as the raw mosaic. Frame data is read into
 * the index's reused frame buffer, and a caller's {@code INT_RGB} or {@code INT_ARGB} image can
 * be decoded into directly, so such reads allocate no pixel memory.
 */
final class FrameDecoder {
    private final ChunkIndex chunks;

    FrameDecoder(ChunkIndex chunks) {
        this.chunks = chunks;
    }

    /**
     * The number of bands {@code format} decodes into (1 grey, 3 RGB, 4 ARGB), or 0 for JPEG and
     * PNG, which only decoding tells.
     */
    static int bandsOf(PixelFormat format, OpenMvImageReadParam decoding) {
        if (format.isCompressed()) {
            return 0;
        }
        if (format == PixelFormat.ARGB8) {
            return 4;
        }
        return !format.isColor() || (format.isBayer() && decoding.isRawBayer()) ? 1 : 3;
    }

    /** Decodes {@code frame} into a new image. */
    BufferedImage decode(FrameInfo frame, OpenMvImageReadParam decoding) throws IOException {
        Image image = read(frame, decoding);
        try {
            return PixelCodecs.toBufferedImage(image, decoding.decodeOptions());
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw failure(frame, image, e);
        }
    }

    /**
     * Decodes {@code frame} straight into the pixels of {@code destination} at {@code offset}
     * if the destination is an unshared {@code TYPE_INT_RGB} image (frames decoding into RGB)
     * or {@code TYPE_INT_ARGB} (ARGB8 frames) and the whole frame fits there.
     *
     * @return false, having read nothing, if it does not fit or the layout differs
     */
    boolean decodeInto(FrameInfo frame, OpenMvImageReadParam decoding, BufferedImage destination, Point offset)
            throws IOException {
        int bands = bandsOf(frame.format(), decoding);
        int type = destination.getType();
        boolean halves = frame.format().isBayer() && decoding.getBayerAlgorithm() == BayerAlgorithm.HALF_SIZE
                && !decoding.isRawBayer();
        int width = halves ? frame.width() / 2 : frame.width();
        int height = halves ? frame.height() / 2 : frame.height();
        WritableRaster raster = destination.getRaster();
        boolean layoutFits = (bands == 3 && type == BufferedImage.TYPE_INT_RGB || bands == 4 && type == BufferedImage.TYPE_INT_ARGB)
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel
                && raster.getDataBuffer() instanceof DataBufferInt;
        if (!layoutFits || offset.x < 0 || offset.y < 0
                || offset.x + width > destination.getWidth() || offset.y + height > destination.getHeight()) {
            return false;
        }
        int scanline = ((SinglePixelPackedSampleModel) raster.getSampleModel()).getScanlineStride();
        DataBufferInt pixels = (DataBufferInt) raster.getDataBuffer();
        Image image = read(frame, decoding);
        DecodeOptions options = decoding.decodeOptions();
        try {
            PixelCodecs.decode(image, options, pixels.getData(), pixels.getOffset() + offset.y * scanline + offset.x, scanline);
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw failure(frame, image, e);
        }
        return true;
    }

    /**
     * Copies {@code frame}'s stored samples into {@code destination} at {@code offset} if it is
     * of the type natural to the frame's format ({@link NaturalCopy}) and the whole frame fits.
     *
     * @return false, having read nothing, if not
     */
    boolean copyNaturalInto(FrameInfo frame, BufferedImage destination, Point offset) throws IOException {
        if (!NaturalCopy.fits(frame.format(), frame.width(), frame.height(), destination, offset)) {
            return false;
        }
        NaturalCopy.copy(chunks.readImage(frame), destination, offset);
        return true;
    }

    // The frame's data as the codecs take it; a raw mosaic is one 8-bit sample per pixel,
    // exactly a GRAYSCALE frame's layout.
    private Image read(FrameInfo frame, OpenMvImageReadParam decoding) throws IOException {
        Image image = chunks.readImage(frame);
        if (image.format().isBayer() && decoding.isRawBayer()) {
            return Image.wrap(image.width(), image.height(), PixelFormat.GRAYSCALE, image.data());
        }
        return image;
    }

    // Corrupt data, a missing codec or a frame the codec refuses: the reader's IIOException.
    private static IIOException failure(FrameInfo frame, Image image, Exception cause) {
        return new IIOException("frame " + frame.index() + " (" + image + ") cannot be decoded: " + cause.getMessage(), cause);
    }
}
