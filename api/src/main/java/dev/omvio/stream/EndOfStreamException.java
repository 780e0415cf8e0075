package dev.omvio.stream;

import java.io.EOFException;

/**
 * A read or write went past the last slot of a memory stream (the camera's EOF error):
 * memory streams never grow, and {@code read(loop = false)} does not wrap.
 */
public class EndOfStreamException extends EOFException {
    private static final long serialVersionUID = 1L;

    /** @param message which slot was asked for and how many there are */
    public EndOfStreamException(String message) {
        super(message);
    }
}
