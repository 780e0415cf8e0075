package dev.omvio.cli.media;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an animated GIF with the JDK's GIF writer: each picture shown for its own delay (in
 * hundredths of a second, GIF's unit), looping forever (the NETSCAPE2.0 extension). The JDK
 * reduces colour pictures to a 256-colour palette of their own.
 */
public final class GifWriter implements Closeable {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageOutputStream out;
    private final ImageWriter writer;
    private boolean first = true;

    /** Starts a GIF on {@code out}, which {@link #close()} closes. */
    public GifWriter(OutputStream out) throws IOException {
        this.out = ImageIO.createImageOutputStream(out);
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        writer.setOutput(this.out);
        writer.prepareWriteSequence(null);
    }

    /** Adds {@code picture}, shown for {@code delayCentis} hundredths of a second (0..65535). */
    public void write(BufferedImage image, int delayCentis) throws IOException {
        BufferedImage picture = RgbImages.of(image);
        if (delayCentis < 0 || delayCentis > 0xFFFF) {
            throw new IllegalArgumentException("GIF delay must be 0..65535 hundredths of a second, got " + delayCentis);
        }
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(picture), param);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentis));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            loopForever(root);
            first = false;
        }
        try {
            metadata.setFromTree(FORMAT, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("the JDK's GIF writer refused the frame settings: " + e.getMessage(), e);
        }
        writer.writeToSequence(new IIOImage(picture, null, metadata), param);
    }

    @Override
    public void close() throws IOException {
        try (out) {
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    // NETSCAPE2.0 sub-block 1: loop count 0, which means for ever.
    private static void loopForever(IIOMetadataNode root) {
        IIOMetadataNode extension = new IIOMetadataNode("ApplicationExtension");
        extension.setAttribute("applicationID", "NETSCAPE");
        extension.setAttribute("authenticationCode", "2.0");
        extension.setUserObject(new byte[] {1, 0, 0});
        child(root, "ApplicationExtensions").appendChild(extension);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
