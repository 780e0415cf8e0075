package dev.omvio.codecs.jpeg;

import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.awt.image.BufferedImage;

/** A plain application's first JPEG: encodes and decodes a picture, prints the codec's name. */
public final class QuietJpegProgram {
    private QuietJpegProgram() {
    }

    public static void main(String[] args) throws Exception {
        Image jpeg = PixelCodecs.encode(new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB), PixelFormat.JPEG);
        PixelCodecs.toBufferedImage(jpeg);
        System.out.println(PixelCodecs.decoder(PixelFormat.JPEG).name());
    }
}
