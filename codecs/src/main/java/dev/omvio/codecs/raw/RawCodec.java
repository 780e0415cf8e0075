package dev.omvio.codecs.raw;

import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.codecs.support.BasePixelCodec;
import dev.omvio.codecs.support.Checks;
import dev.omvio.codecs.support.FrameBytes;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import org.osgi.service.component.annotations.Component;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/** Decodes and encodes BINARY, GRAYSCALE, RGB565, ARGB8, YUV422 and YVU422 with the firmware's arithmetic. */
@Component(service = PixelCodec.class, immediate = true)
public final class RawCodec extends BasePixelCodec {
    private static final Set<PixelFormat> FORMATS = EnumSet.of(PixelFormat.BINARY, PixelFormat.GRAYSCALE,
            PixelFormat.RGB565, PixelFormat.ARGB8, PixelFormat.YUV422, PixelFormat.YVU422);

    /** The codec, as service loading creates it. */
    public RawCodec() {
        super("omvio raw pixels", PRIORITY_BUILT_IN, FORMATS, FORMATS);
    }

    @Override
    public void decode(Image source, DecodeOptions options, int[] argb, int offset, int scanline) {
        checkDecodes(source.format());
        int width = source.width();
        int height = source.height();
        Checks.rows(argb.length, offset, scanline, width, height);
        FrameBytes bytes = FrameBytes.of(source);
        byte[] src = bytes.array();
        int base = bytes.base();
        switch (source.format()) {
            case BINARY -> Binary.decode(src, base, width, height, argb, offset, scanline);
            case GRAYSCALE -> Grey.decode(src, base, width, height, argb, offset, scanline);
            case RGB565 -> Rgb565.decode(src, base, width, height, argb, offset, scanline);
            case ARGB8 -> Argb8.decode(src, base, width, height, argb, offset, scanline);
            case YUV422 -> Yuv422.decode(src, base, width, height, false, argb, offset, scanline);
            case YVU422 -> Yuv422.decode(src, base, width, height, true, argb, offset, scanline);
            default -> throw new AssertionError(source.format());
        }
    }

    /** GRAYSCALE and BINARY decode to {@code TYPE_BYTE_GRAY} (BINARY as 0 and 255), the rest as {@link BasePixelCodec}. */
    @Override
    public BufferedImage decode(Image source, DecodeOptions options) throws IOException {
        PixelFormat format = source.format();
        if (format != PixelFormat.GRAYSCALE && format != PixelFormat.BINARY) {
            return super.decode(source, options);
        }
        options.checkPixels(format + " frame", source.width(), source.height());
        BufferedImage image = new BufferedImage(source.width(), source.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] grey = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        if (format == PixelFormat.GRAYSCALE) {
            source.copyTo(grey, 0);
        } else {
            FrameBytes bytes = FrameBytes.of(source);
            Binary.decodeToGrey(bytes.array(), bytes.base(), source.width(), source.height(), grey);
        }
        return image;
    }

    /**
     * YUV422 and YVU422 into GRAYSCALE or BINARY take the luma bytes as they are (BINARY: luma of
     * 128 and more is 1), as the firmware's {@code to_grayscale()} and {@code to_bitmap()} do;
     * every other case as {@link PixelCodec#convert(Image, PixelFormat, DecodeOptions)}.
     */
    @Override
    public Image convert(Image source, PixelFormat target, DecodeOptions options) throws IOException {
        boolean yuv = source.format() == PixelFormat.YUV422 || source.format() == PixelFormat.YVU422;
        if (!yuv || (target != PixelFormat.GRAYSCALE && target != PixelFormat.BINARY)) {
            return super.convert(source, target, options);
        }
        options.checkPixels(source.format() + " frame", source.width(), source.height());
        FrameBytes bytes = FrameBytes.of(source);
        byte[] luma = new byte[Image.checkedArraySize(PixelFormat.GRAYSCALE.dataSize(source.width(), source.height()))];
        Yuv422.decodeLuma(bytes.array(), bytes.base(), source.width(), source.height(), luma);
        Image grey = Image.of(source.width(), source.height(), PixelFormat.GRAYSCALE, luma);
        return target == PixelFormat.GRAYSCALE ? grey : super.convert(grey, target, options);
    }

    @Override
    public Image encode(int[] argb, int offset, int scanline, int width, int height, PixelFormat format, EncodeOptions options) {
        checkEncodes(format);
        Checks.rows(argb.length, offset, scanline, width, height);
        byte[] data = new byte[Image.checkedArraySize(format.dataSize(width, height))];
        switch (format) {
            case BINARY -> Binary.encode(argb, offset, scanline, width, height, data);
            case GRAYSCALE -> Grey.encode(argb, offset, scanline, width, height, data);
            case RGB565 -> Rgb565.encode(argb, offset, scanline, width, height, data);
            case ARGB8 -> Argb8.encode(argb, offset, scanline, width, height, data);
            case YUV422 -> Yuv422.encode(argb, offset, scanline, width, height, false, data);
            case YVU422 -> Yuv422.encode(argb, offset, scanline, width, height, true, data);
            default -> throw new AssertionError(format);
        }
        return Image.of(width, height, format, data);
    }
}
