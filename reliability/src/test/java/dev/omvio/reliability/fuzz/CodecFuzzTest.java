package dev.omvio.reliability.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.omvio.codec.CorruptImageException;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The JPEG and PNG decode paths of every available codec (libjpeg-turbo through JNA, the JDK's
 * JPEG and PNG readers) on arbitrary frames. An input is the frame's width and height as two
 * little-endian u16, then its data. The one documented failure is a
 * {@link CorruptImageException}; a native crash, an unchecked exception, an OutOfMemoryError or
 * a hang is a finding. A decoded image has the frame's size, and both decode paths of a codec
 * (to a new image, into a caller's array) give the same verdict on a frame.
 */
class CodecFuzzTest {
    /** The defaults users get: the codecs themselves must bound what a hostile header makes them allocate. */
    private static final DecodeOptions OPTIONS = DecodeOptions.DEFAULT.withParallelism(1);
    /** The largest caller's array this target allocates itself for the second path: 4 MB of ARGB. */
    private static final long CALLER_ARRAY_PIXELS = 1 << 20;

    @FuzzTest(maxDuration = FuzzSettings.DURATION)
    void decodesAnyJpeg(byte[] input) {
        decodeWithEveryCodec(input, PixelFormat.JPEG);
    }

    @FuzzTest(maxDuration = FuzzSettings.DURATION)
    void decodesAnyPng(byte[] input) {
        decodeWithEveryCodec(input, PixelFormat.PNG);
    }

    private static void decodeWithEveryCodec(byte[] input, PixelFormat format) {
        int width = input.length < 4 ? 0 : (input[0] & 0xFF) | (input[1] & 0xFF) << 8;
        int height = input.length < 4 ? 0 : (input[2] & 0xFF) | (input[3] & 0xFF) << 8;
        if (width == 0 || height == 0 || input.length == 4) {
            return; // not a frame: Image refuses it before any codec sees it
        }
        Image frame = Image.of(width, height, format, Arrays.copyOfRange(input, 4, input.length));
        List<PixelCodec> codecs = PixelCodecs.all().stream()
                .filter(codec -> codec.isAvailable() && codec.decodes().contains(format))
                .toList();
        assertThat(codecs).as("codecs decoding " + format).isNotEmpty();
        for (PixelCodec codec : codecs) {
            decodeOrReject(codec, frame);
        }
    }

    private static void decodeOrReject(PixelCodec codec, Image frame) {
        boolean decoded = false;
        try {
            BufferedImage image = codec.decode(frame, OPTIONS);
            assertThat(image.getWidth()).as(codec.name()).isEqualTo(frame.width());
            assertThat(image.getHeight()).as(codec.name()).isEqualTo(frame.height());
            decoded = true;
        } catch (CorruptImageException rejected) {
            // documented
        } catch (IOException e) {
            fail(codec.name() + " threw an undocumented IOException", e);
        }
        long pixels = (long) frame.width() * frame.height();
        if (pixels > CALLER_ARRAY_PIXELS) {
            return;
        }
        boolean decodedIntoArray = false;
        try {
            codec.decode(frame, OPTIONS, new int[(int) pixels], 0, frame.width());
            decodedIntoArray = true;
        } catch (CorruptImageException rejected) {
            // documented
        } catch (IOException e) {
            fail(codec.name() + " threw an undocumented IOException", e);
        }
        assertThat(decodedIntoArray).as(codec.name() + ": decoding into an array agrees with decoding to an image")
                .isEqualTo(decoded);
    }
}
