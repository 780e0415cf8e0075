package dev.omvio.sensors.synthetic;

import dev.omvio.sensor.FrameSize;

/**
 * A white square and a red disc moving over a dark grey background, for trackers and motion
 * detection. With {@code s = max(1, min(width, height) / 4)}: the square is {@code s} pixels on
 * a side, rows {@code s} to {@code 2s - 1}, its left column {@code 2 * frame mod width},
 * wrapping around the right edge; the disc has radius {@code s / 2} and centre
 * {@code (3 * width / 4, 2 * frame mod height)}.
 */
final class MovingShapes implements Scene {
    static final int BACKGROUND = 0xFF202020;
    static final int SQUARE = 0xFFFFFFFF;
    static final int DISC = 0xFFFF0000;
    private static final int SPEED = 2; // pixels per frame

    @Override
    public void render(long frameNumber, int[] argb, FrameSize size) {
        int width = size.width();
        int height = size.height();
        int side = Math.max(1, Math.min(width, height) / 4);
        int squareLeft = (int) (frameNumber * SPEED % width);
        int discX = 3 * width / 4;
        int discY = (int) (frameNumber * SPEED % height);
        long radiusSquared = (long) (side / 2) * (side / 2);
        for (int y = 0; y < height; y++) {
            boolean squareRow = y >= side && y < 2 * side;
            for (int x = 0; x < width; x++) {
                int colour = BACKGROUND;
                long dx = x - discX;
                long dy = y - discY;
                if (dx * dx + dy * dy <= radiusSquared) {
                    colour = DISC;
                }
                if (squareRow && Math.floorMod(x - squareLeft, width) < side) {
                    colour = SQUARE;
                }
                argb[y * width + x] = colour;
            }
        }
    }
}
