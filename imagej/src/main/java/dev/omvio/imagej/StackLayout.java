package dev.omvio.imagej;

import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;

import java.util.Locale;

/**
 * The shape of the stack a recording becomes, worked out from the frame index alone (no frame is
 * read): one slice per frame on a canvas as large as the largest frame; 8-bit if every frame is
 * GRAYSCALE or BINARY, RGB otherwise; each frame's time from the first.
 *
 * <p>Frames of another size than the canvas are drawn at its top-left corner on black, and their
 * slice label names their own size and format: every frame stays in the stack, and none is scaled.
 */
final class StackLayout {
    private final int width;
    private final int height;
    private final boolean colour;
    private final long[] timesMicros;
    private final int[] widths;
    private final int[] heights;
    private final PixelFormat[] formats;
    private final int oddFrames;
    private final boolean wholeMillis;

    private StackLayout(ImageStream stream) {
        int count = stream.count();
        timesMicros = new long[count];
        widths = new int[count];
        heights = new int[count];
        formats = new PixelFormat[count];
        int maxWidth = 1;
        int maxHeight = 1;
        boolean anyColour = false;
        boolean millis = true;
        long time = 0;
        for (int i = 0; i < count; i++) {
            FrameInfo info = stream.frameInfo(i);
            widths[i] = info.width();
            heights[i] = info.height();
            formats[i] = info.format();
            maxWidth = Math.max(maxWidth, info.width());
            maxHeight = Math.max(maxHeight, info.height());
            anyColour |= info.format().isColor();
            // the first frame's interval is the time since the camera opened the file: t = 0
            if (i > 0) {
                time += info.intervalMicros();
                millis &= info.intervalMicros() % 1000 == 0;
            }
            timesMicros[i] = time;
        }
        width = maxWidth;
        height = maxHeight;
        colour = anyColour;
        wholeMillis = millis;
        int odd = 0;
        for (int i = 0; i < count; i++) {
            odd += differs(i) ? 1 : 0;
        }
        oddFrames = odd;
    }

    /** The layout of every frame of {@code stream}. */
    static StackLayout of(ImageStream stream) {
        return new StackLayout(stream);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** 8 for GRAYSCALE and BINARY recordings, 24 (ImageJ's RGB) for any other. */
    int bitDepth() {
        return colour ? 24 : 8;
    }

    int count() {
        return timesMicros.length;
    }

    /** Bytes of the decoded stack. */
    long decodedBytes() {
        return (long) count() * width * height * (colour ? 4 : 1);
    }

    /** The number of frames whose size differs from the canvas. */
    int oddFrames() {
        return oddFrames;
    }

    /** The mean time between frames in microseconds (the first frame's interval not counted), 0 for one frame. */
    double meanIntervalMicros() {
        return count() < 2 ? 0 : (double) timesMicros[count() - 1] / (count() - 1);
    }

    /** Time of frame {@code index} in microseconds from the first frame. */
    long timeMicros(int index) {
        return timesMicros[index];
    }

    /**
     * The slice label of frame {@code index}: its index and time, and its own size and format if
     * its size differs from the canvas, e.g. {@code "frame 3 t=0.100 s"} or
     * {@code "frame 7 t=0.233 s (160x120 JPEG)"}.
     */
    String label(int index) {
        double seconds = timesMicros[index] / 1e6;
        String label = String.format(Locale.ROOT, wholeMillis ? "frame %d t=%.3f s" : "frame %d t=%.6f s", index, seconds);
        return differs(index) ? label + " (" + widths[index] + "x" + heights[index] + " " + formats[index] + ")" : label;
    }

    private boolean differs(int index) {
        return widths[index] != width || heights[index] != height;
    }
}
