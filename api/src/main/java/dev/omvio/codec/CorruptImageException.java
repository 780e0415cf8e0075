package dev.omvio.codec;

import java.io.IOException;

/**
 * A frame's data cannot be decoded: a damaged or truncated JPEG or PNG, dimensions in a file
 * header that disagree with the frame or exceed {@link DecodeOptions#maxPixels()}.
 */
public class CorruptImageException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the data */
    public CorruptImageException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong with the data
     * @param cause the decoder's own report
     */
    public CorruptImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
