package dev.omvio.bridge.javax;

import dev.omvio.codec.BayerAlgorithm;
import dev.omvio.codec.DecodeOptions;

import javax.imageio.ImageReadParam;
import java.util.Objects;

/**
 * Read parameters with the choices OpenMV frames add: how Bayer frames are demosaiced
 * ({@link BayerAlgorithm#EDGE_AWARE} by default; {@link BayerAlgorithm#HALF_SIZE} halves the
 * image, and source regions then refer to the halved image), or that they are not demosaiced
 * at all but read as the raw mosaic, one grey sample per sensor pixel. Frames of other formats
 * ignore both. {@link OpenMvImageReader#getDefaultReadParam()} returns one of these; a plain
 * {@link ImageReadParam} reads with the defaults.
 */
public final class OpenMvImageReadParam extends ImageReadParam {
    private BayerAlgorithm bayerAlgorithm = BayerAlgorithm.EDGE_AWARE;
    private boolean rawBayer;

    /** Parameters with the defaults: edge-aware demosaic, no raw mosaic, the whole frame. */
    public OpenMvImageReadParam() {
        // the fields' initial values are the defaults
    }

    /** {@return the Bayer demosaic algorithm} */
    public BayerAlgorithm getBayerAlgorithm() {
        return bayerAlgorithm;
    }

    /**
     * Sets the Bayer demosaic algorithm.
     *
     * @param algorithm the algorithm, used when Bayer frames are demosaiced
     */
    public void setBayerAlgorithm(BayerAlgorithm algorithm) {
        bayerAlgorithm = Objects.requireNonNull(algorithm, "algorithm");
    }

    /** {@return whether Bayer frames are read as their raw mosaic (a grey image) instead of demosaiced} */
    public boolean isRawBayer() {
        return rawBayer;
    }

    /**
     * Sets whether Bayer frames are read as their raw mosaic (a grey image) instead of demosaiced.
     *
     * @param raw true for the raw mosaic
     */
    public void setRawBayer(boolean raw) {
        rawBayer = raw;
    }

    /** The decode options these choices stand for. */
    DecodeOptions decodeOptions() {
        return DecodeOptions.DEFAULT.withBayer(bayerAlgorithm);
    }

    /** {@code param} itself if it is one of these, else the defaults. */
    static OpenMvImageReadParam decodingOf(ImageReadParam param) {
        return param instanceof OpenMvImageReadParam own ? own : new OpenMvImageReadParam();
    }
}
