package dev.omvio.stream;

import java.io.IOException;

/**
 * A file is not a readable OpenMV stream at some position: bad magic, an unknown version, a
 * header value out of range. The message names the file offset and the reason.
 */
public class StreamFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The file offset where the stream stops being readable. */
    private final long offset;
    /** What is wrong, without the offset. */
    private final String reason;

    /**
     * @param offset the file position of the offending bytes
     * @param reason what is wrong there
     */
    public StreamFormatException(long offset, String reason) {
        super("at offset " + offset + ": " + reason);
        this.offset = offset;
        this.reason = reason;
    }

    /** {@return the file position of the offending bytes} */
    public long offset() {
        return offset;
    }

    /** {@return what is wrong, without the offset} */
    public String reason() {
        return reason;
    }
}
