package dev.omvio.reliability;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.util.Arrays;

/**
 * The frames of a test recording as a function of their index alone, so a recording left by a
 * killed process can be checked frame by frame: a frame that is torn, shifted or swapped with
 * another does not equal the pattern. Geometry, format, size and every data byte depend on the
 * index, and the first four data bytes are the index itself.
 */
public enum FramePattern {
    /** Frames of up to 4,800 bytes in eight formats, as a small sensor records them. */
    SMALL {
        @Override
        public Image frame(int index) {
            PixelFormat format = FORMATS[index % FORMATS.length];
            int width = 1 + (index * 7) % 40;
            int height = 1 + (index * 13) % 30;
            int size = format.isCompressed() ? 1 + (index * 37) % 1500 : (int) format.dataSize(width, height);
            return Image.of(width, height, format, data(index, size));
        }
    },
    /**
     * JPEG frames of half a megabyte and more, whose writing a kill can interrupt. They are
     * copied from one template, so that the recorder spends its time writing rather than
     * computing bytes; the index in the first and last four bytes and the size tell them apart.
     */
    LARGE {
        @Override
        public Image frame(int index) {
            byte[] data = Arrays.copyOf(LargeTemplate.BYTES, (1 << 19) + (index * 37) % 4096);
            for (int j = 0; j < 4; j++) {
                data[j] = (byte) (index >>> (8 * j));
                data[data.length - 4 + j] = (byte) (index >>> (8 * j));
            }
            return Image.of(640, 480, PixelFormat.JPEG, data);
        }
    };

    private static final PixelFormat[] FORMATS = {
        PixelFormat.GRAYSCALE, PixelFormat.RGB565, PixelFormat.JPEG, PixelFormat.BINARY,
        PixelFormat.BAYER_RGGB, PixelFormat.YUV422, PixelFormat.YVU422, PixelFormat.PNG, // no ARGB8: files hold no ARGB8 pixels
    };

    /** Frame {@code index} of the pattern. */
    public abstract Image frame(int index);

    /** The interval of frame {@code index}: whole milliseconds, which version 2.0 files store exactly. */
    public long intervalMicros(int index) {
        return 1_000L * (1 + index % 50);
    }

    // Built on first use, so the small pattern never pays for it.
    private static final class LargeTemplate {
        static final byte[] BYTES = data(0, (1 << 19) + 4096);
    }

    private static byte[] data(int index, int size) {
        byte[] data = new byte[size];
        for (int j = 0; j < size; j++) {
            data[j] = (byte) (index * 31 + j * 7 + (j >> 8));
        }
        for (int j = 0; j < Math.min(4, size); j++) {
            data[j] = (byte) (index >>> (8 * j));
        }
        return data;
    }
}
