package dev.omvio.sensors.synthetic;

import dev.omvio.sensor.FrameSize;

/**
 * Eight vertical bars of equal width (bar {@code x * 8 / width}), the broadcast test card's
 * order: white, yellow, cyan, green, magenta, red, blue, black. The same every frame.
 */
final class ColourBars implements Scene {
    static final int[] COLOURS = {
        0xFFFFFFFF, 0xFFFFFF00, 0xFF00FFFF, 0xFF00FF00, 0xFFFF00FF, 0xFFFF0000, 0xFF0000FF, 0xFF000000,
    };

    @Override
    public void render(long frameNumber, int[] argb, FrameSize size) {
        int width = size.width();
        for (int x = 0; x < width; x++) {
            argb[x] = COLOURS[(int) ((long) x * COLOURS.length / width)];
        }
        for (int y = 1; y < size.height(); y++) {
            System.arraycopy(argb, 0, argb, y * width, width);
        }
    }
}
