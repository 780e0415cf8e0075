package dev.omvio.codecs;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test images from src/test/resources/openmv-camera: binary PPM (P6) read here, BMP and JPEG through ImageIO. */
public final class TestImages {
    private TestImages() {
    }

    /** The raw bytes of a resource. */
    public static byte[] bytes(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/openmv-camera/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An RGB image as ARGB pixels (rows of exactly the width). */
    public static Pixels rgb(String name) {
        if (name.endsWith(".ppm")) {
            return ppm(bytes(name));
        }
        try {
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(bytes(name)));
            int w = image.getWidth();
            int h = image.getHeight();
            return new Pixels(w, h, image.getRGB(0, 0, w, h, null, 0, w));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width, height and ARGB pixels. */
    public record Pixels(int width, int height, int[] argb) {
    }

    // P6, header tokens separated by whitespace, '#' comments, maxval 255, then binary RGB.
    private static Pixels ppm(byte[] file) {
        int[] header = new int[3];
        int pos = 2;
        for (int i = 0; i < 3; i++) {
            while (Character.isWhitespace(file[pos]) || file[pos] == '#') {
                if (file[pos] == '#') {
                    while (file[pos] != '\n') {
                        pos++;
                    }
                }
                pos++;
            }
            int value = 0;
            while (Character.isDigit(file[pos])) {
                value = value * 10 + (file[pos++] - '0');
            }
            header[i] = value;
        }
        pos++; // the single whitespace after maxval
        int w = header[0];
        int h = header[1];
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++, pos += 3) {
            argb[i] = 0xFF000000 | (file[pos] & 0xFF) << 16 | (file[pos + 1] & 0xFF) << 8 | (file[pos + 2] & 0xFF);
        }
        return new Pixels(w, h, argb);
    }

    /** PSNR in dB over the R, G and B samples of two images of the same size. */
    public static double psnr(int[] expected, int[] actual) {
        double squared = 0;
        for (int i = 0; i < expected.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                int d = ((expected[i] >>> shift) & 0xFF) - ((actual[i] >>> shift) & 0xFF);
                squared += d * d;
            }
        }
        double mse = squared / (expected.length * 3.0);
        return 10 * Math.log10(255.0 * 255.0 / mse);
    }
}
