package dev.omvio.bench.codec;

import dev.omvio.bench.fixture.Frames;
import dev.omvio.bench.fixture.Resolution;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Case 5's omvio side: a BGGR frame of the camera picture, decoded by omvio's codec into one reused ARGB array. */
final class BayerDecode {
    private final Image mosaic;
    private final PixelCodec codec = PixelCodecs.decoder(PixelFormat.BAYER_BGGR);
    private final int width;
    private final int[] argb;

    BayerDecode(Resolution resolution) {
        mosaic = Frames.of(resolution, PixelFormat.BAYER_BGGR);
        width = resolution.width();
        argb = new int[resolution.pixels()];
    }

    /** {@return the mosaic frame} */
    Image mosaic() {
        return mosaic;
    }

    /** {@return the reused array, holding the frame decoded with {@code options}} */
    int[] decode(DecodeOptions options) {
        try {
            codec.decode(mosaic, options, argb, 0, width);
        } catch (IOException e) { // a frame made by the mosaic encoder is never damaged
            throw new UncheckedIOException(e);
        }
        return argb;
    }
}
