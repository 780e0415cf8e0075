package dev.omvio.jpms;

import dev.omvio.codec.PixelCodecs;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.image.Image;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Run in a separate JVM (from the module path or a linked image): reads every frame of the
 * recording named by the first argument and prints, one line a frame, its format, size, first
 * pixel and the codec that decoded it with that codec's module; then frame 0 as
 * {@code ImageIO.read} gives it through the javax.imageio bridge (built on TwelveMonkeys'
 * imageio-core).
 */
public final class FrameProbe {
    private FrameProbe() {
    }

    /**
     * Prints {@code frame INDEX FORMAT WxH RRGGBB CODEC MODULE} for each frame, then
     * {@code imageio WxH RRGGBB READER-MODULE}.
     *
     * @param args the recording's path
     * @throws Exception any failure, which ends the JVM with a stack trace and a non-zero code
     */
    public static void main(String[] args) throws Exception {
        try (ImageStream stream = ImageStreams.open(Path.of(args[0]), "r")) {
            for (int index = 0; index < stream.count(); index++) {
                Image frame = stream.readFrame(index);
                PixelCodec codec = PixelCodecs.decoder(frame.format());
                int rgb = PixelCodecs.toBufferedImage(frame).getRGB(0, 0) & 0xFFFFFF;
                System.out.printf("frame %d %s %dx%d %06x %s %s%n", index, frame.format(), frame.width(), frame.height(),
                        rgb, codec.name(), codec.getClass().getModule().getName());
            }
        }
        BufferedImage first = ImageIO.read(Path.of(args[0]).toFile());
        String reader = ImageIO.getImageReadersByFormatName("openmv").next().getClass().getModule().getName();
        System.out.printf("imageio %dx%d %06x %s%n", first.getWidth(), first.getHeight(), first.getRGB(0, 0) & 0xFFFFFF, reader);
    }
}
