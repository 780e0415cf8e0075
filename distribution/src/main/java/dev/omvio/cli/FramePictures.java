package dev.omvio.cli;

import dev.omvio.codec.ChromaSubsampling;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.EncodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Frames as pictures, through the codecs found at run time: decoded for drawing, and as JPEG
 * or PNG files, whose frames are passed on byte for byte rather than encoded again.
 */
final class FramePictures {
    /** JPEG quality of frames encoded for files and videos. */
    static final int DEFAULT_QUALITY = 90;

    private FramePictures() {
    }

    /**
     * The frame's pixels, as the codec decodes them.
     *
     * @throws dev.omvio.codec.CorruptImageException if the frame does not decode or declares
     *     more pixels than the budget of {@code options}
     */
    static BufferedImage decode(Image frame, DecodeOptions options) throws IOException {
        JpegNotice.using(frame.format());
        return PixelCodecs.toBufferedImage(frame, options);
    }

    /**
     * {@code frame}, once it has decoded as {@code verify} decodes it: a frame whose bytes are
     * kept from elsewhere (a picture file, an AVI) must not be written if omvio would refuse it.
     *
     * @throws dev.omvio.codec.CorruptImageException if it does not decode or declares more
     *     pixels than the budget of {@code options}
     */
    static Image checked(Image frame, DecodeOptions options) throws IOException {
        decode(frame, options);
        return frame;
    }

    /**
     * The frame as a file of {@code format} (JPEG or PNG): its own bytes if it already is one,
     * otherwise decoded and encoded (JPEG with 4:2:0 chroma, or greyscale for grey frames).
     */
    static Image asFile(Image frame, PixelFormat format, int jpegQuality, DecodeOptions options) throws IOException {
        if (frame.format() == format) {
            return frame;
        }
        JpegNotice.using(format);
        ChromaSubsampling chroma = frame.format().isColor() ? ChromaSubsampling.S420 : ChromaSubsampling.GRAY;
        return PixelCodecs.encode(decode(frame, options), format, new EncodeOptions(jpegQuality, chroma));
    }
}
