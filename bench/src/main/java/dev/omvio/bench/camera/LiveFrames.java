package dev.omvio.bench.camera;

import dev.omvio.bench.fixture.Frames;
import dev.omvio.bench.fixture.Resolution;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

/** The frame kinds of the live camera benchmark (JMH parameter values). */
public enum LiveFrames {
    QVGA_JPEG(Resolution.QVGA, PixelFormat.JPEG),
    VGA_GRAYSCALE(Resolution.VGA, PixelFormat.GRAYSCALE);

    private final Resolution resolution;
    private final PixelFormat format;

    LiveFrames(Resolution resolution, PixelFormat format) {
        this.resolution = resolution;
        this.format = format;
    }

    /** The camera picture as one frame of this kind. */
    public Image frame() {
        return Frames.of(resolution, format);
    }
}
