package dev.omvio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ContactSheetCommandTest {
    private static final int GREY = 0x505050;

    @TempDir
    Path dir;

    /**
     * Version 2.1, five 4x2 GRAYSCALE frames of level 10, 20, 30, 40, 50, 250 ms apart (8 data
     * bytes, 8 of padding each).
     */
    private Path fiveGreyFrames() throws IOException {
        StreamBytes file = StreamBytes.magic("V2.1");
        for (int i = 0; i < 5; i++) {
            byte[] level = new byte[8];
            java.util.Arrays.fill(level, (byte) (10 * (i + 1)));
            file.frame2x(250_000, 4, 2, 0x08020001L, level);
        }
        return file.writeTo(dir.resolve("grey.bin"));
    }

    @Test
    void labelsAreIndexAndSecondsSinceTheFirstFrame() {
        assertThat(ContactSheetExport.label(0, 0)).isEqualTo("#0 0.000 s");
        assertThat(ContactSheetExport.label(12, 400_000)).isEqualTo("#12 0.400 s");
        assertThat(ContactSheetExport.label(3, 61_234_567)).isEqualTo("#3 61.234 s");
    }

    /**
     * Three of five frames spread evenly (0, 2, 4), two columns. Cells are at least as wide as
     * the widest label, "#0 0.000 s": '#' of 5 pixels and 9 glyphs of 3, 1 apart, times 2 = 82,
     * plus the 4-pixel gap = 86. Thumbnails are 4x2 (never enlarged), labels 10 high: rows of
     * 2 + 4 + 10 + 4 = 20. The sheet: 4 + 2 * 86 = 176 wide, 4 + 2 * 20 = 44 high.
     */
    @Test
    void theSheetIsAGridOfThumbnailsWithTheirGreyLevelsKept() throws IOException {
        Path png = dir.resolve("sheet.png");

        CliRun run = CliRun.of("contact-sheet", fiveGreyFrames().toString(), png.toString(), "--count", "3",
                "--columns", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("drew 3 thumbnails to " + png);
        BufferedImage sheet = ImageIO.read(png.toFile());
        assertThat(sheet.getWidth()).isEqualTo(176);
        assertThat(sheet.getHeight()).isEqualTo(44);
        // Thumbnails centred in cells of 82 usable pixels: x from 4 + (82 - 4) / 2 = 43.
        assertThat(sheet.getRGB(43, 4) & 0xFFFFFF).isEqualTo(0x0A0A0A);      // frame 0, level 10
        assertThat(sheet.getRGB(43 + 86, 4) & 0xFFFFFF).isEqualTo(0x1E1E1E); // frame 2, level 30
        assertThat(sheet.getRGB(43, 24) & 0xFFFFFF).isEqualTo(0x323232);     // frame 4, level 50
        assertThat(sheet.getRGB(42, 4) & 0xFFFFFF).isEqualTo(GREY);
        // The label under frame 4 ("#4 1.000 s") from (4, 24 + 2 + 4): the first row of '#' is
        // .X.X. in font pixels of 2x2, so x 4-5 stays background and x 6-7 is white.
        assertThat(sheet.getRGB(4, 30) & 0xFFFFFF).isEqualTo(GREY);
        assertThat(sheet.getRGB(6, 30) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(sheet.getRGB(6 + 86, 30) & 0xFFFFFF).isEqualTo(GREY); // no fourth thumbnail
    }

    @Test
    void anExistingPictureIsKeptUnlessForced() throws IOException {
        Path png = Files.writeString(dir.resolve("sheet.png"), "mine");

        CliRun run = CliRun.of("contact-sheet", fiveGreyFrames().toString(), png.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readString(png)).isEqualTo("mine");
        assertThat(CliRun.of("contact-sheet", fiveGreyFrames().toString(), png.toString(), "--force").exitCode()).isZero();
    }

    @Test
    void badSettingsAreBadInput() throws IOException {
        CliRun run = CliRun.of("contact-sheet", fiveGreyFrames().toString(), dir.resolve("s.png").toString(),
                "--columns", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
    }
}
