package dev.omvio.codecs.jpeg;

import dev.omvio.codec.ChromaSubsampling;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.codecs.support.BasePixelCodec;
import dev.omvio.codecs.support.Checks;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import org.osgi.service.component.annotations.Component;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.IntBuffer;
import java.util.Set;

/**
 * JPEG through libjpeg-turbo's TurboJPEG API. Before any native decode the header is read with
 * {@code tjDecompressHeader3} into checked ints, the dimensions are compared with the frame's
 * and bounded by {@link DecodeOptions#maxPixels()}, and the output is allocated (or the caller's
 * array checked) here, so hostile data cannot make the library write outside Java memory.
 * Warnings (a truncated file) count as errors. A TurboJPEG handle is made per call, so the codec
 * is thread-safe.
 *
 * <p>In OSGi its component starts disabled: {@link TurboJpegSwitch} enables it, and so
 * registers the service, only when libjpeg-turbo is loaded.
 */
@Component(service = PixelCodec.class, immediate = true, enabled = false)
public final class TurboJpegCodec extends BasePixelCodec {
    /** The name this codec reports. */
    public static final String NAME = "libjpeg-turbo";

    private static final Set<PixelFormat> FORMATS = Set.of(PixelFormat.JPEG);

    /** The codec, as service loading creates it. */
    public TurboJpegCodec() {
        super(NAME, PRIORITY_NATIVE, FORMATS, FORMATS);
    }

    /** Available while libjpeg-turbo is loaded. */
    @Override
    public boolean isAvailable() {
        return TurboJpeg.isLoaded();
    }

    /** Which library was loaded, or why none was (JNA's error for each name tried). */
    @Override
    public String availability() {
        return TurboJpeg.report();
    }

    @Override
    public void decode(Image source, DecodeOptions options, int[] argb, int offset, int scanline) throws IOException {
        checkDecodes(source.format());
        ThreadDecompressor decompressor = ThreadDecompressor.forThisThread(library());
        try {
            ThreadDecompressor.Header header = decompressor.readHeader(source, options);
            Checks.rows(argb.length, offset, scanline, header.width(), header.height());
            Pointer pixels = decompressor.decode(header, TurboJpegLibrary.TJPF_BGRA, 4);
            int width = header.width();
            if (scanline == width) {
                pixels.read(0, argb, offset, width * header.height());
            } else {
                for (int y = 0; y < header.height(); y++) {
                    pixels.read((long) y * width * 4, argb, offset + y * scanline, width);
                }
            }
        } finally {
            decompressor.finish();
        }
    }

    /**
     * A greyscale JPEG decodes to {@code TYPE_BYTE_GRAY}, a colour one to {@code TYPE_3BYTE_BGR}
     * (the JDK's JPEG reader's type): libjpeg-turbo writes the raster's own byte layout (B, G, R)
     * into this thread's native memory, and one copy moves it into the raster's array.
     */
    @Override
    public BufferedImage decode(Image source, DecodeOptions options) throws IOException {
        checkDecodes(source.format());
        ThreadDecompressor decompressor = ThreadDecompressor.forThisThread(library());
        try {
            ThreadDecompressor.Header header = decompressor.readHeader(source, options);
            BufferedImage image = new BufferedImage(header.width(), header.height(),
                    header.grey() ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
            byte[] samples = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            Pointer pixels = header.grey()
                    ? decompressor.decode(header, TurboJpegLibrary.TJPF_GRAY, 1)
                    : decompressor.decode(header, TurboJpegLibrary.TJPF_BGR, 3);
            pixels.read(0, samples, 0, samples.length);
            return image;
        } finally {
            decompressor.finish();
        }
    }

    @Override
    public Image encode(int[] argb, int offset, int scanline, int width, int height, PixelFormat format, EncodeOptions options) {
        checkEncodes(format);
        Checks.rows(argb.length, offset, scanline, width, height);
        checkPitch(scanline);
        TurboJpegLibrary library = library();
        Pointer handle = library.tjInitCompress();
        if (handle == null) {
            throw new IllegalStateException("libjpeg-turbo: tjInitCompress failed");
        }
        PointerByReference jpeg = new PointerByReference();
        NativeLongByReference size = new NativeLongByReference();
        try {
            int status = library.tjCompress2(handle, IntBuffer.wrap(argb, offset, argb.length - offset).slice(),
                    width, scanline * 4, height, TurboJpegLibrary.TJPF_BGRX, jpeg, size,
                    subsampling(options.subsampling()), options.jpegQuality(), 0);
            if (status != 0) {
                throw new IllegalStateException("libjpeg-turbo could not encode " + width + "x" + height + ": "
                        + library.tjGetErrorStr2(handle));
            }
            byte[] data = jpeg.getValue().getByteArray(0, Image.checkedArraySize(size.getValue().longValue()));
            return Image.of(width, height, PixelFormat.JPEG, data);
        } finally {
            if (jpeg.getValue() != null) {
                library.tjFree(jpeg.getValue());
            }
            library.tjDestroy(handle);
        }
    }

    static int subsampling(ChromaSubsampling subsampling) {
        return switch (subsampling) {
            case S444 -> TurboJpegLibrary.TJSAMP_444;
            case S422 -> TurboJpegLibrary.TJSAMP_422;
            case S420 -> TurboJpegLibrary.TJSAMP_420;
            case GRAY -> TurboJpegLibrary.TJSAMP_GRAY;
        };
    }

    private static void checkPitch(int scanline) {
        if (scanline > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException("scanline " + scanline + " is too long for a 4-byte-per-pixel row");
        }
    }

    private static TurboJpegLibrary library() {
        return TurboJpeg.library().orElseThrow(() -> new IllegalStateException(
                "the libjpeg-turbo codec is unavailable: " + TurboJpeg.report()));
    }
}
