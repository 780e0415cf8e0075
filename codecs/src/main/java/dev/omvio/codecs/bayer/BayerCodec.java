package dev.omvio.codecs.bayer;

import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.codecs.support.BasePixelCodec;
import dev.omvio.codecs.support.Checks;
import dev.omvio.codecs.support.FrameBytes;
import dev.omvio.codecs.support.RowBands;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import org.osgi.service.component.annotations.Component;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Demosaics the four Bayer formats with the algorithm of {@link DecodeOptions#bayer()}, in row
 * bands as {@link DecodeOptions#parallelism()} allows; encoding mosaics the pixels (each keeps
 * the channel its filter passes).
 */
@Component(service = PixelCodec.class, immediate = true)
public final class BayerCodec extends BasePixelCodec {
    private static final Set<PixelFormat> FORMATS = EnumSet.of(PixelFormat.BAYER_BGGR, PixelFormat.BAYER_GBRG,
            PixelFormat.BAYER_GRBG, PixelFormat.BAYER_RGGB);

    /** The codec, as service loading creates it. */
    public BayerCodec() {
        super("omvio Bayer demosaic", PRIORITY_BUILT_IN, FORMATS, FORMATS);
    }

    @Override
    public void decode(Image source, DecodeOptions options, int[] argb, int offset, int scanline) {
        checkDecodes(source.format());
        int width = source.width();
        int height = source.height();
        BayerAlgorithm algorithm = options.bayer();
        checkHalfSize(source, algorithm);
        int outHeight = options.decodedHeight(source);
        Checks.rows(argb.length, offset, scanline, options.decodedWidth(source), outHeight);
        CfaLayout layout = CfaLayout.of(source.format());
        FrameBytes bytes = FrameBytes.of(source);
        byte[] src = bytes.array();
        int base = bytes.base();
        RowBands.Job job;
        if (algorithm == BayerAlgorithm.HALF_SIZE) {
            job = (from, to) -> HalfSizeDemosaic.rows(src, base, width, layout, argb, offset, scanline, from, to);
        } else if (algorithm == BayerAlgorithm.CAMERA) {
            job = (from, to) -> CameraDemosaic.rows(src, base, width, height, layout, false, argb, offset, scanline, from, to);
        } else if (width < 2 || height < 2) {
            job = (from, to) -> SmallDemosaic.rows(src, base, width, height, layout, argb, offset, scanline, from, to);
        } else if (algorithm == BayerAlgorithm.BILINEAR) {
            job = (from, to) -> BilinearDemosaic.rows(src, base, width, height, layout, argb, offset, scanline, from, to,
                    Kernels.BILINEAR);
        } else {
            job = (from, to) -> EdgeAwareDemosaic.rows(src, base, width, height, layout, argb, offset, scanline, from, to);
        }
        RowBands.run(width, outHeight, options.parallelism(), job);
    }

    @Override
    public BufferedImage decode(Image source, DecodeOptions options) throws IOException {
        checkHalfSize(source, options.bayer());
        return super.decode(source, options);
    }

    /**
     * With {@link BayerAlgorithm#CAMERA} into GRAYSCALE or BINARY: the camera's grey levels,
     * computed from its 8-bit colour before RGB565 packing (BINARY: grey of 128 and more is 1);
     * every other case as {@link PixelCodec#convert(Image, PixelFormat, DecodeOptions)}.
     */
    @Override
    public Image convert(Image source, PixelFormat target, DecodeOptions options) throws IOException {
        if (options.bayer() != BayerAlgorithm.CAMERA || (target != PixelFormat.GRAYSCALE && target != PixelFormat.BINARY)) {
            return super.convert(source, target, options);
        }
        checkDecodes(source.format());
        int width = source.width();
        int height = source.height();
        options.checkPixels(source.format() + " frame", width, height);
        int[] greys = new int[width * height];
        CfaLayout layout = CfaLayout.of(source.format());
        FrameBytes bytes = FrameBytes.of(source);
        byte[] src = bytes.array();
        int base = bytes.base();
        RowBands.run(width, height, options.parallelism(),
                (from, to) -> CameraDemosaic.rows(src, base, width, height, layout, true, greys, 0, width, from, to));
        return PixelCodecs.encoder(target).encode(greys, 0, width, width, height, target, EncodeOptions.DEFAULT);
    }

    private static void checkHalfSize(Image source, BayerAlgorithm algorithm) {
        if (algorithm == BayerAlgorithm.HALF_SIZE && (source.width() < 2 || source.height() < 2)) {
            throw new IllegalArgumentException("HALF_SIZE demosaic needs at least 2x2 pixels, got "
                    + source.width() + "x" + source.height());
        }
    }

    @Override
    public Image encode(int[] argb, int offset, int scanline, int width, int height, PixelFormat format, EncodeOptions options) {
        checkEncodes(format);
        Checks.rows(argb.length, offset, scanline, width, height);
        byte[] data = new byte[Image.checkedArraySize(format.dataSize(width, height))];
        Mosaic.mosaic(argb, offset, scanline, width, height, CfaLayout.of(format), data);
        return Image.of(width, height, format, data);
    }
}
