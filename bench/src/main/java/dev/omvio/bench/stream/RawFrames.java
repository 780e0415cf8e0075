package dev.omvio.bench.stream;

import dev.omvio.bench.fixture.Frames;
import dev.omvio.bench.fixture.Resolution;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

/** The raw frame kinds of the streaming benchmarks (JMH parameter values). */
public enum RawFrames {
    QVGA_RGB565(Resolution.QVGA, PixelFormat.RGB565),
    VGA_GRAYSCALE(Resolution.VGA, PixelFormat.GRAYSCALE);

    private final Resolution resolution;
    private final PixelFormat format;

    RawFrames(Resolution resolution, PixelFormat format) {
        this.resolution = resolution;
        this.format = format;
    }

    /** The camera picture as one frame of this kind. */
    public Image frame() {
        return Frames.of(resolution, format);
    }

    /** Width of the frames. */
    public int width() {
        return resolution.width();
    }

    /** Height of the frames. */
    public int height() {
        return resolution.height();
    }

    /** Their pixel format. */
    public PixelFormat format() {
        return format;
    }
}
