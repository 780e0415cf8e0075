package dev.omvio.bridge.javax;

import dev.omvio.codec.ChromaSubsampling;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.core.file.format.ChunkHeader;
import dev.omvio.image.PixelFormat;

import javax.imageio.ImageWriteParam;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;

/** How the writer picks a frame's pixel format and encode options, as {@link OpenMvImageWriteParam} documents. */
final class PixelFormatChoice {
    private PixelFormatChoice() {
    }

    /**
     * The pixel format for {@code image}. Never ARGB8, which the camera does not store: where the
     * image (it has alpha) or the metadata would choose it, PNG, which keeps alpha, is chosen.
     *
     * @throws IllegalArgumentException naming the compression type if it is no format's name or
     *     is ARGB8
     */
    static PixelFormat of(BufferedImage image, ImageWriteParam param, OpenMvFrameMetadata metadata) {
        int mode = param == null ? ImageWriteParam.MODE_COPY_FROM_METADATA : param.getCompressionMode();
        if (mode == ImageWriteParam.MODE_EXPLICIT && param.getCompressionType() != null) {
            PixelFormat chosen = PixelFormat.forName(param.getCompressionType());
            if (chosen == PixelFormat.ARGB8) {
                throw new IllegalArgumentException(ChunkHeader.ARGB8_NOT_STORED);
            }
            return chosen;
        }
        if (mode == ImageWriteParam.MODE_COPY_FROM_METADATA && metadata != null && metadata.pixelFormat().isPresent()) {
            return storable(metadata.pixelFormat().get());
        }
        return byImage(image);
    }

    private static PixelFormat storable(PixelFormat format) {
        return format == PixelFormat.ARGB8 ? PixelFormat.PNG : format;
    }

    /** The encode options: JPEG quality from an explicit compression quality, chroma from the param or the image. */
    static EncodeOptions options(BufferedImage image, ImageWriteParam param) {
        EncodeOptions options = EncodeOptions.DEFAULT;
        if (param != null && param.getCompressionMode() == ImageWriteParam.MODE_EXPLICIT) {
            options = options.withJpegQuality(Math.max(1, Math.round(param.getCompressionQuality() * 100)));
        }
        ChromaSubsampling chroma = param instanceof OpenMvImageWriteParam own ? own.getChromaSubsampling() : null;
        if (chroma == null) {
            chroma = isGrey(image.getColorModel()) ? ChromaSubsampling.GRAY : ChromaSubsampling.S420;
        }
        return options.withSubsampling(chroma);
    }

    private static PixelFormat byImage(BufferedImage image) {
        ColorModel model = image.getColorModel();
        if (model.hasAlpha()) {
            return PixelFormat.PNG;
        }
        if (!isGrey(model)) {
            return PixelFormat.RGB565;
        }
        return model.getPixelSize() == 1 ? PixelFormat.BINARY : PixelFormat.GRAYSCALE;
    }

    // Grey: one colour component, or a palette whose every entry is grey (TYPE_BYTE_BINARY).
    private static boolean isGrey(ColorModel model) {
        if (model instanceof IndexColorModel palette) {
            for (int i = 0; i < palette.getMapSize(); i++) {
                if (palette.getRed(i) != palette.getGreen(i) || palette.getGreen(i) != palette.getBlue(i)) {
                    return false;
                }
            }
            return true;
        }
        return model.getNumColorComponents() == 1;
    }
}
