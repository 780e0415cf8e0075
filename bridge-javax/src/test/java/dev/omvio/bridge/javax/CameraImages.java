package dev.omvio.bridge.javax;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The camera test images copied from the OpenMV firmware's unit-test data (MIT, OpenMV LLC). */
final class CameraImages {
    private CameraImages() {
    }

    /** The bytes of a test resource. */
    static byte[] bytes(String name) {
        try (InputStream in = CameraImages.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** csi.ppm, a 160x120 frame from a camera sensor, as TYPE_INT_RGB. */
    static BufferedImage csi() {
        return netpbm("csi.ppm");
    }

    /** cat.pgm, 320x240 grey, as TYPE_BYTE_GRAY. */
    static BufferedImage cat() {
        return netpbm("cat.pgm");
    }

    // Binary PPM (P6) and PGM (P5) with maxval 255; '#' comments in the header are skipped.
    private static BufferedImage netpbm(String name) {
        byte[] file = bytes(name);
        int[] at = {0};
        String magic = token(file, at);
        int width = Integer.parseInt(token(file, at));
        int height = Integer.parseInt(token(file, at));
        int maxval = Integer.parseInt(token(file, at));
        if (maxval != 255) {
            throw new IllegalArgumentException(name + ": maxval " + maxval);
        }
        int data = at[0] + 1; // one whitespace byte after maxval
        boolean colour = magic.equals("P6");
        BufferedImage image = new BufferedImage(width, height, colour ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (colour) {
                    int i = data + 3 * (y * width + x);
                    image.setRGB(x, y, (file[i] & 0xFF) << 16 | (file[i + 1] & 0xFF) << 8 | (file[i + 2] & 0xFF));
                } else {
                    image.getRaster().setSample(x, y, 0, file[data + y * width + x] & 0xFF);
                }
            }
        }
        return image;
    }

    private static String token(byte[] file, int[] at) {
        ByteArrayOutputStream token = new ByteArrayOutputStream();
        int i = at[0];
        while (true) {
            while (Character.isWhitespace(file[i])) {
                i++;
            }
            if (file[i] != '#') {
                break;
            }
            while (file[i] != '\n') {
                i++;
            }
        }
        while (!Character.isWhitespace(file[i])) {
            token.write(file[i++]);
        }
        at[0] = i;
        return token.toString();
    }
}
