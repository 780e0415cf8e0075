package dev.omvio.cli.media;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PixelFontTest {
    @Test
    void widthsCountGlyphsAndTheGapsBetweenThem() {
        assertThat(PixelFont.width("", 2)).isZero();
        assertThat(PixelFont.width("1", 1)).isEqualTo(3);
        assertThat(PixelFont.width("#1", 1)).isEqualTo(5 + 1 + 3);
        assertThat(PixelFont.width("#0 0.000 s", 2)).isEqualTo((5 + 9 * 3 + 9) * 2);
    }

    /** "#1" at scale 1: '#' is .X.X. / XXXXX / .X.X. / XXXXX / .X.X., then a gap, then '1' as .X. / XX. / .X. / .X. / XXX. */
    @Test
    void glyphsAreDrawnPixelForPixel() {
        BufferedImage image = new BufferedImage(9, 5, BufferedImage.TYPE_INT_RGB);

        PixelFont.draw(image, "#1", 0, 0, 1, 0xFFFFFF);

        String[] expected = {
            ".X.X...X.",
            "XXXXX.XX.",
            ".X.X...X.",
            "XXXXX..X.",
            ".X.X..XXX"};
        for (int y = 0; y < 5; y++) {
            StringBuilder row = new StringBuilder();
            for (int x = 0; x < 9; x++) {
                row.append((image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 'X' : '.');
            }
            assertThat(row.toString()).as("row %d", y).isEqualTo(expected[y]);
        }
    }

    @Test
    void aCharacterWithoutGlyphIsRefusedByName() {
        assertThatThrownBy(() -> PixelFont.width("#1 x", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'");
    }
}
