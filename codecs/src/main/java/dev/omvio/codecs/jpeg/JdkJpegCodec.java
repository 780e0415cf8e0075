package dev.omvio.codecs.jpeg;

import dev.omvio.codec.ChromaSubsampling;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.codecs.support.ImageIoFileCodec;
import dev.omvio.codecs.support.Checks;
import dev.omvio.codecs.support.ImageIoFiles;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import org.osgi.service.component.annotations.Component;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * JPEG with the JDK's own {@code javax.imageio} plugin: pure Java, the fallback where
 * libjpeg-turbo is missing. Decoding reads the header first and checks its dimensions, as the
 * native codec does; decoding into a caller's array goes through an intermediate image.
 */
@Component(service = PixelCodec.class, immediate = true)
public final class JdkJpegCodec extends ImageIoFileCodec {
    /** The name this codec reports. */
    public static final String NAME = "JDK ImageIO JPEG";

    private static final String METADATA_FORMAT = "javax_imageio_jpeg_image_1.0";

    /** The codec, as service loading creates it. Decodes to {@code TYPE_BYTE_GRAY} or {@code TYPE_3BYTE_BGR}. */
    public JdkJpegCodec() {
        super(NAME, PRIORITY_FALLBACK, PixelFormat.JPEG, "jpeg", BaselineJpeg.MAX_PIXELS_PER_BYTE);
    }

    @Override
    public Image encode(int[] argb, int offset, int scanline, int width, int height, PixelFormat format, EncodeOptions options) {
        checkEncodes(format);
        Checks.rows(argb.length, offset, scanline, width, height);
        boolean grey = options.subsampling() == ChromaSubsampling.GRAY;
        BufferedImage image = grey ? greyImage(argb, offset, scanline, width, height) : rgbImage(argb, offset, scanline, width, height);
        ImageWriter writer = ImageIoFiles.writer("jpeg");
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(options.jpegQuality() / 100f); // the plugin maps q to IJG quality 100q
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        if (!grey) {
            setSampling(metadata, options.subsampling());
        }
        return Image.of(width, height, PixelFormat.JPEG, ImageIoFiles.write(image, writer, param, metadata));
    }

    private static BufferedImage rgbImage(int[] argb, int offset, int scanline, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, argb, offset, scanline);
        return image;
    }

    // JFIF luma with libjpeg's rounding, as libjpeg-turbo computes it for a greyscale JPEG; the
    // JDK's own TYPE_BYTE_GRAY conversion would apply a gamma curve instead.
    private static BufferedImage greyImage(int[] argb, int offset, int scanline, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] grey = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int out = 0;
        for (int y = 0; y < height; y++) {
            int in = offset + y * scanline;
            for (int x = 0; x < width; x++) {
                int pixel = argb[in + x];
                grey[out++] = (byte) ((19595 * ((pixel >>> 16) & 0xFF) + 38470 * ((pixel >>> 8) & 0xFF)
                        + 7471 * (pixel & 0xFF) + 32768) >> 16);
            }
        }
        return image;
    }

    /** Sets the luma component's sampling factors (chroma stays 1x1) in the plugin's metadata tree. */
    private static void setSampling(IIOMetadata metadata, ChromaSubsampling subsampling) {
        int horizontal = subsampling == ChromaSubsampling.S444 ? 1 : 2;
        int vertical = subsampling == ChromaSubsampling.S420 ? 2 : 1;
        Node tree = metadata.getAsTree(METADATA_FORMAT);
        NodeList components = ((Element) tree).getElementsByTagName("componentSpec");
        for (int i = 0; i < components.getLength(); i++) {
            Element component = (Element) components.item(i);
            component.setAttribute("HsamplingFactor", Integer.toString(i == 0 ? horizontal : 1));
            component.setAttribute("VsamplingFactor", Integer.toString(i == 0 ? vertical : 1));
        }
        try {
            metadata.setFromTree(METADATA_FORMAT, tree);
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException("the JDK JPEG plugin rejected sampling factors " + subsampling, e);
        }
    }
}
