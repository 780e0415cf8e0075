package dev.omvio.bridge.javax;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import javax.imageio.IIOImage;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Write then read through ImageIO, for random images: what the formats keep is kept. */
class RoundTripTest {

    @Property(tries = 50)
    void greyImagesRoundTripExactly(@ForAll("greyImages") BufferedImage image) throws IOException {
        BufferedImage back = Plugins.readFirst(WriterTest.write(image));

        assertThat(back.getRaster().getPixels(0, 0, back.getWidth(), back.getHeight(), (int[]) null))
                .containsExactly(image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null));
    }

    @Property(tries = 50)
    void argbImagesRoundTripExactly(@ForAll("argbImages") BufferedImage image) throws IOException {
        BufferedImage back = Plugins.readFirst(WriterTest.write(image));

        assertThat(pixels(back)).containsExactly(pixels(image));
    }

    @Property(tries = 50)
    void rgb565KeepsFiveSixFiveBitsOfEveryPixel(@ForAll("rgbImages") BufferedImage image) throws IOException {
        BufferedImage back = Plugins.readFirst(WriterTest.write(image));

        int[] original = pixels(image);
        int[] read = pixels(back);
        for (int i = 0; i < original.length; i++) {
            assertThat(read[i] & 0xF8FCF8).isEqualTo(original[i] & 0xF8FCF8);
        }
    }

    @Property(tries = 30)
    void sequencesKeepEveryFramesSizeAndInterval(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 40) Integer> sides,
            @ForAll @IntRange(min = 0, max = 1_000_000) int intervalMillis) throws IOException {
        ImageWriter writer = Plugins.writer();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int side : sides) {
                BufferedImage frame = new BufferedImage(side, 41 - side, BufferedImage.TYPE_INT_RGB);
                writer.writeToSequence(new IIOImage(frame, null, WriterTest.interval(intervalMillis * 1000L + 999)), null);
            }
            writer.endWriteSequence();
        }

        // Stored as the firmware does: differences of the frames' times rounded down to ms (frame
        // i at (i + 1) * (m ms + 999 us)), capped at the 1,000,000 ms the IDE accepts.
        long step = intervalMillis * 1000L + 999;
        OpenMvImageReader reader = Plugins.readerOf(bytes.toByteArray());
        assertThat(reader.getNumImages(true)).isEqualTo(sides.size());
        for (int i = 0; i < sides.size(); i++) {
            long millis = Math.min((i + 1) * step / 1000 - i * step / 1000, 1_000_000);
            assertThat(reader.getWidth(i)).isEqualTo(sides.get(i));
            assertThat(reader.getHeight(i)).isEqualTo(41 - sides.get(i));
            assertThat(((OpenMvFrameMetadata) reader.getImageMetadata(i)).intervalMicros()).isEqualTo(millis * 1000L);
        }
    }

    @Provide
    Arbitrary<BufferedImage> greyImages() {
        return images(BufferedImage.TYPE_BYTE_GRAY, Arbitraries.integers().between(0, 255));
    }

    @Provide
    Arbitrary<BufferedImage> argbImages() {
        return images(BufferedImage.TYPE_INT_ARGB, Arbitraries.integers());
    }

    @Provide
    Arbitrary<BufferedImage> rgbImages() {
        return images(BufferedImage.TYPE_INT_RGB, Arbitraries.integers().between(0, 0xFFFFFF));
    }

    private static Arbitrary<BufferedImage> images(int type, Arbitrary<Integer> values) {
        Arbitrary<Integer> side = Arbitraries.integers().between(1, 9);
        return Combinators.combine(side, side).flatAs((width, height) ->
                values.array(int[].class).ofSize(width * height).map(samples -> {
                    BufferedImage image = new BufferedImage(width, height, type);
                    if (type == BufferedImage.TYPE_BYTE_GRAY) {
                        image.getRaster().setPixels(0, 0, width, height, samples);
                    } else {
                        image.setRGB(0, 0, width, height, samples, 0, width);
                    }
                    return image;
                }));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
