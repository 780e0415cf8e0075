package dev.omvio.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A binary PGM (P5) or PPM (P6) image with 8-bit samples, as the OpenMV unit-test data holds
 * them: {@code samples} are grey bytes or R, G, B triplets, row by row.
 */
public record Netpbm(int width, int height, int channels, byte[] samples) {
    /** Loads a test resource of this package. */
    public static Netpbm load(String resource) {
        try (InputStream in = Netpbm.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            byte[] file = in.readAllBytes();
            int[] position = {2};
            int channels = file[1] == '5' ? 1 : 3;
            int width = nextNumber(file, position);
            int height = nextNumber(file, position);
            nextNumber(file, position); // maxval, 255 in the test data
            int start = position[0] + 1; // one whitespace byte ends the header
            return new Netpbm(width, height, channels, Arrays.copyOfRange(file, start, start + width * height * channels));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int nextNumber(byte[] file, int[] position) {
        int i = position[0];
        while (!Character.isDigit(file[i])) {
            if (file[i] == '#') {
                while (file[i] != '\n') {
                    i++;
                }
            }
            i++;
        }
        int value = 0;
        while (Character.isDigit(file[i])) {
            value = value * 10 + (file[i++] - '0');
        }
        position[0] = i;
        return value;
    }

    /** Sample {@code c} (0 for grey or red, 1 green, 2 blue) of pixel (x, y), 0..255. */
    public int sample(int x, int y, int c) {
        return samples[(y * width + x) * channels + c] & 0xFF;
    }

    /** Grey level of pixel (x, y): the sample itself, or FORMAT.md's (r*38 + g*75 + b*15) >> 7. */
    public int grey(int x, int y) {
        return channels == 1 ? sample(x, y, 0) : (sample(x, y, 0) * 38 + sample(x, y, 1) * 75 + sample(x, y, 2) * 15) >> 7;
    }
}
