package dev.omvio.cli.media;

import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * A 5-pixel-high font of the characters frame labels need (digits, {@code #}, {@code .},
 * {@code s} and space), so that labels look the same everywhere and need no system fonts.
 * Glyphs are 3 pixels wide, {@code #} 5, with one pixel between them.
 */
final class PixelFont {
    static final int GLYPH_HEIGHT = 5;

    /** One character: five rows of {@code width} bits, the leftmost pixel in the highest bit. */
    private record Glyph(int width, int... rows) {
    }

    private static final Map<Character, Glyph> GLYPHS = Map.ofEntries(
            Map.entry('0', new Glyph(3, 7, 5, 5, 5, 7)),
            Map.entry('1', new Glyph(3, 2, 6, 2, 2, 7)),
            Map.entry('2', new Glyph(3, 7, 1, 7, 4, 7)),
            Map.entry('3', new Glyph(3, 7, 1, 7, 1, 7)),
            Map.entry('4', new Glyph(3, 5, 5, 7, 1, 1)),
            Map.entry('5', new Glyph(3, 7, 4, 7, 1, 7)),
            Map.entry('6', new Glyph(3, 7, 4, 7, 5, 7)),
            Map.entry('7', new Glyph(3, 7, 1, 1, 1, 1)),
            Map.entry('8', new Glyph(3, 7, 5, 7, 5, 7)),
            Map.entry('9', new Glyph(3, 7, 5, 7, 1, 7)),
            Map.entry('#', new Glyph(5, 0b01010, 0b11111, 0b01010, 0b11111, 0b01010)),
            Map.entry('.', new Glyph(3, 0, 0, 0, 0, 2)),
            Map.entry('s', new Glyph(3, 0, 3, 6, 1, 6)),
            Map.entry(' ', new Glyph(3, 0, 0, 0, 0, 0)));

    private PixelFont() {
    }

    /**
     * The width in pixels of {@code text} drawn at {@code scale}.
     *
     * @throws IllegalArgumentException naming the character if the font has no glyph for it
     */
    static int width(String text, int scale) {
        int width = -1;
        for (int c = 0; c < text.length(); c++) {
            width += glyph(text.charAt(c)).width() + 1;
        }
        return Math.max(0, width) * scale;
    }

    /**
     * Draws {@code text} with its top-left corner at ({@code x}, {@code y}), each font pixel a
     * {@code scale} x {@code scale} square of {@code rgb}; what falls outside the image is clipped.
     *
     * @throws IllegalArgumentException naming the character if the font has no glyph for it
     */
    static void draw(BufferedImage image, String text, int x, int y, int scale, int rgb) {
        int left = x;
        for (int c = 0; c < text.length(); c++) {
            Glyph glyph = glyph(text.charAt(c));
            for (int row = 0; row < GLYPH_HEIGHT; row++) {
                for (int column = 0; column < glyph.width(); column++) {
                    if ((glyph.rows()[row] >> (glyph.width() - 1 - column) & 1) != 0) {
                        fill(image, left + column * scale, y + row * scale, scale, rgb);
                    }
                }
            }
            left += (glyph.width() + 1) * scale;
        }
    }

    private static Glyph glyph(char c) {
        Glyph glyph = GLYPHS.get(c);
        if (glyph == null) {
            throw new IllegalArgumentException("no glyph for '" + c + "' in the label font");
        }
        return glyph;
    }

    private static void fill(BufferedImage image, int x, int y, int size, int rgb) {
        for (int dy = 0; dy < size; dy++) {
            for (int dx = 0; dx < size; dx++) {
                if (x + dx >= 0 && x + dx < image.getWidth() && y + dy >= 0 && y + dy < image.getHeight()) {
                    image.setRGB(x + dx, y + dy, rgb);
                }
            }
        }
    }
}
