package dev.omvio.cli.media;

import dev.omvio.codec.DecodeOptions;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Netpbm files through TwelveMonkeys' PNM plugin: what the hand-written reader and writer it
 * replaced were held to, now asked of {@link ImageFiles} and {@link PictureWriter}.
 */
class PnmFilesTest {
    /** The comment line TwelveMonkeys' PNM writer puts after the magic number. */
    private static final String CREATOR = "# CREATOR: TwelveMonkeys NetPBM Portable Any Map (PNM) image writer\n";

    private static byte[] file(String header, int... samples) {
        byte[] text = header.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(text, text.length + samples.length);
        for (int i = 0; i < samples.length; i++) {
            all[text.length + i] = (byte) samples[i];
        }
        return all;
    }

    @Test
    void p6WithCommentsGivesRgbPixels() throws IOException {
        BufferedImage image = ImageFiles.read(file("P6\n# made by hand\n2 1 # two pixels\n255\n", 255, 0, 0, 1, 2, 3), DecodeOptions.DEFAULT);

        assertThat(image.getWidth()).isEqualTo(2);
        assertThat(image.getHeight()).isEqualTo(1);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(image.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0x010203);
    }

    @Test
    void p5GivesGreyLevelsAsTheyAre() throws IOException {
        BufferedImage image = ImageFiles.read(file("P5 3 1 255\n", 0, 128, 255), DecodeOptions.DEFAULT);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(image.getRaster().getSamples(0, 0, 3, 1, 0, new int[3])).containsExactly(0, 128, 255);
    }

    /** 16-bit samples are big-endian: 0x8000 of 65535 is level 127. */
    @Test
    void sixteenBitSamplesScaleTo8Bits() throws IOException {
        BufferedImage image = ImageFiles.read(file("P5 2 1 65535\n", 0x80, 0x00, 0xFF, 0xFF), DecodeOptions.DEFAULT);

        assertThat(image.getRaster().getSamples(0, 0, 2, 1, 0, new int[2])).containsExactly(127, 255);
    }

    @Test
    void theWriterProducesTheExactBytes() {
        BufferedImage rgb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0x102030);
        rgb.setRGB(1, 0, 0xFFFFFF);
        BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSamples(0, 0, 2, 1, 0, new int[] {128, 7});

        assertThat(PictureWriter.pnm(rgb, false)).containsExactly(file("P6\n" + CREATOR + "2 1\n255\n", 0x10, 0x20, 0x30, 255, 255, 255));
        assertThat(PictureWriter.pnm(grey, true)).containsExactly(file("P5\n" + CREATOR + "2 1\n255\n", 128, 7));
        // Colour to grey by the firmware's (r*38 + g*75 + b*15) >> 7: (16*38 + 32*75 + 48*15) >> 7 = 3728 >> 7 = 29.
        assertThat(PictureWriter.pnm(rgb, true)).containsExactly(file("P5\n" + CREATOR + "2 1\n255\n", 29, 255));
    }

    @Test
    void badHeadersAreIoExceptionsNeverHugeAllocations() {
        List<byte[]> bad = List.of(
                file("P6 100000 100000 255\n", 1, 2, 3),   // claims 30 GB, has 3 bytes
                file("P5 2 1 255\n", 1),                   // cut short
                file("P5 0 1 255\n", 1),                   // no width
                file("P5 1 1 70000\n", 1, 2),              // maxval over 65535
                file("P5 1 x 255\n", 1),
                file("P5 1 1"),                            // header cut short
                file("P5 1 1 255", 1));                    // no whitespace before the pixels
        for (byte[] bytes : bad) {
            assertThatIOException().as(new String(bytes, StandardCharsets.ISO_8859_1))
                    .isThrownBy(() -> ImageFiles.read(bytes, DecodeOptions.DEFAULT));
        }
        assertThatIOException().isThrownBy(() -> ImageFiles.read(file("P6 100000 100000 255\n", 1, 2, 3), DecodeOptions.DEFAULT))
                .withMessageContaining("100000x100000");
    }

    @Property
    void writingThenReadingGivesThePixelsBack(@ForAll @IntRange(min = 1, max = 9) int width,
                                              @ForAll @IntRange(min = 1, max = 9) int height,
                                              @ForAll @Size(81) List<@IntRange(max = 0xFFFFFF) Integer> colours,
                                              @ForAll boolean grey) throws IOException {
        BufferedImage image = new BufferedImage(width, height, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int colour = colours.get(y * 9 + x);
                if (grey) {
                    image.getRaster().setSample(x, y, 0, colour & 0xFF);
                } else {
                    image.setRGB(x, y, colour);
                }
            }
        }

        BufferedImage back = ImageFiles.read(PictureWriter.pnm(image, grey), DecodeOptions.DEFAULT);

        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (grey) {
                    assertThat(back.getRaster().getSample(x, y, 0)).isEqualTo(image.getRaster().getSample(x, y, 0));
                } else {
                    assertThat(back.getRGB(x, y)).isEqualTo(image.getRGB(x, y));
                }
            }
        }
    }
}
