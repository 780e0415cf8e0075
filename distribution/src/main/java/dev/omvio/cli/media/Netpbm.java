package dev.omvio.cli.media;

import dev.omvio.codec.DecodeOptions;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Binary netpbm images, which the JDK's ImageIO does not read: PGM ({@code P5}, grey) and PPM
 * ({@code P6}, RGB), with 8- or 16-bit samples (16-bit ones keep their high byte). Every header
 * value is checked against the bytes there are before anything is allocated.
 */
public final class Netpbm {
    private Netpbm() {
    }

    /**
     * Reads a P5 or P6 image: {@code TYPE_BYTE_GRAY} for P5, {@code TYPE_INT_RGB} for P6.
     *
     * @throws dev.omvio.codec.CorruptImageException if the header declares more pixels than the
     *     budget of {@code options}
     * @throws IOException naming the problem if the bytes are not such an image
     */
    public static BufferedImage read(byte[] file, DecodeOptions options) throws IOException {
        Header header = new Header(file);
        String magic = header.token();
        if (!magic.equals("P5") && !magic.equals("P6")) {
            throw new IOException("not a binary PGM or PPM: starts with '" + magic + "'");
        }
        int channels = magic.equals("P5") ? 1 : 3;
        int width = header.number("width", Integer.MAX_VALUE);
        int height = header.number("height", Integer.MAX_VALUE);
        int maxval = header.number("maxval", 65_535);
        int at = header.endOfHeader();
        int sampleBytes = maxval > 255 ? 2 : 1;
        long needed = (long) width * height * channels * sampleBytes;
        if (needed > file.length - at) {
            throw new IOException(magic + " image of " + width + "x" + height + " needs " + needed
                    + " pixel bytes, the file has " + (file.length - at));
        }
        options.checkPixels((channels == 1 ? "PGM" : "PPM") + " header", width, height);
        BufferedImage image = new BufferedImage(width, height,
                channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width * channels];
        for (int y = 0; y < height; y++) {
            for (int i = 0; i < row.length; i++, at += sampleBytes) {
                int sample = sampleBytes == 1 ? file[at] & 0xFF : (file[at] & 0xFF) << 8 | (file[at + 1] & 0xFF);
                row[i] = Math.min(255, sample * 255 / maxval);
            }
            image.getRaster().setPixels(0, y, width, 1, row);
        }
        return image;
    }

    /**
     * A binary PGM (P5) of the pixels' grey levels when {@code grey}, else a binary PPM (P6) of
     * their RGB. Grey pictures keep their levels (see {@link RgbImages}); colour ones become grey
     * by the firmware's formula.
     */
    public static byte[] write(BufferedImage picture, boolean grey) {
        BufferedImage image = RgbImages.of(picture);
        int width = image.getWidth();
        int height = image.getHeight();
        ByteArrayOutputStream out = new ByteArrayOutputStream(width * height * (grey ? 1 : 3) + 20);
        out.writeBytes(((grey ? "P5" : "P6") + "\n" + width + " " + height + "\n255\n")
                .getBytes(StandardCharsets.US_ASCII));
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int argb : row) {
                if (grey) {
                    out.write(luma(argb));
                } else {
                    out.write(argb >> 16 & 0xFF);
                    out.write(argb >> 8 & 0xFF);
                    out.write(argb & 0xFF);
                }
            }
        }
        return out.toByteArray();
    }

    // The firmware's grey from RGB888 (FORMAT.md); exact for pixels that are already grey.
    private static int luma(int argb) {
        return ((argb >> 16 & 0xFF) * 38 + (argb >> 8 & 0xFF) * 75 + (argb & 0xFF) * 15) >> 7;
    }

    /** The header's whitespace-separated tokens, with {@code #} comments to the end of a line skipped. */
    private static final class Header {
        private final byte[] file;
        private int at;

        Header(byte[] file) {
            this.file = file;
        }

        String token() throws IOException {
            skipSpaceAndComments();
            int start = at;
            while (at < file.length && !isSpace(file[at]) && file[at] != '#' && at - start < 16) {
                at++;
            }
            if (start == at) {
                throw new IOException("netpbm header cut short at offset " + at);
            }
            return new String(file, start, at - start, StandardCharsets.US_ASCII);
        }

        int number(String name, int max) throws IOException {
            String token = token();
            try {
                int value = Integer.parseInt(token);
                if (value >= 1 && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IOException("netpbm " + name + " '" + token + "' is not 1.." + max);
        }

        /** Exactly one whitespace byte ends the header; the pixels follow. */
        int endOfHeader() throws IOException {
            if (at >= file.length || !isSpace(file[at])) {
                throw new IOException("netpbm header not ended by whitespace at offset " + at);
            }
            return at + 1;
        }

        private void skipSpaceAndComments() {
            while (at < file.length && (isSpace(file[at]) || file[at] == '#')) {
                if (file[at] == '#') {
                    while (at < file.length && file[at] != '\n' && file[at] != '\r') {
                        at++;
                    }
                } else {
                    at++;
                }
            }
        }

        private static boolean isSpace(byte b) {
            return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0B || b == 0x0C;
        }
    }
}
