package dev.omvio.codecs.jpeg;

import java.util.ArrayList;
import java.util.List;

/** Reads marker segments of a JPEG file byte by byte, to check what an encoder wrote. */
final class JpegFiles {
    private JpegFiles() {
    }

    /** The payload (after the 2 length bytes) of the first segment with this marker, e.g. 0xC0 for SOF0. */
    static byte[] segment(byte[] jpeg, int marker) {
        int pos = 2; // after SOI
        while (pos + 4 <= jpeg.length) {
            if ((jpeg[pos] & 0xFF) != 0xFF) {
                throw new AssertionError("no marker at " + pos);
            }
            int type = jpeg[pos + 1] & 0xFF;
            int length = (jpeg[pos + 2] & 0xFF) << 8 | (jpeg[pos + 3] & 0xFF);
            if (type == marker) {
                return java.util.Arrays.copyOfRange(jpeg, pos + 4, pos + 2 + length);
            }
            if (type == 0xDA) {
                break;
            }
            pos += 2 + length;
        }
        throw new AssertionError("no segment FF" + Integer.toHexString(marker));
    }

    /** The sampling bytes (H << 4 | V) of each component in the SOF0 segment. */
    static List<Integer> samplingFactors(byte[] jpeg) {
        byte[] sof = segment(jpeg, 0xC0);
        // precision(1) height(2) width(2) components(1), then per component: id, H<<4|V, table
        List<Integer> factors = new ArrayList<>();
        for (int i = 0; i < (sof[5] & 0xFF); i++) {
            factors.add(sof[6 + 3 * i + 1] & 0xFF);
        }
        return factors;
    }

    /** A copy of {@code jpeg} whose SOF0 states another width and height. */
    static byte[] withSofDimensions(byte[] jpeg, int width, int height) {
        byte[] copy = jpeg.clone();
        int pos = indexOfSof(copy);
        copy[pos + 5] = (byte) (height >> 8);
        copy[pos + 6] = (byte) height;
        copy[pos + 7] = (byte) (width >> 8);
        copy[pos + 8] = (byte) width;
        return copy;
    }

    private static int indexOfSof(byte[] jpeg) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                return i;
            }
        }
        throw new AssertionError("no SOF0");
    }
}
