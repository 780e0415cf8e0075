package dev.omvio.stream;

/** How a file stream is opened: the camera's {@code "r"} and {@code "w"}, plus {@code "a"} to append. */
public enum StreamMode {
    /** {@code "r"}: read an existing stream; writes are refused. */
    READ("r"),
    /** {@code "w"}: create or truncate the file and write a version 2.0 header; frames can also be read back. */
    WRITE("w"),
    /**
     * {@code "a"}: open an existing stream positioned after its last whole frame, to add frames.
     * A damaged tail is cut off first, since frames appended after it could never be reached.
     */
    APPEND("a");

    private final String letter;

    StreamMode(String letter) {
        this.letter = letter;
    }

    /** {@return the mode's letter as the camera spells it} */
    public String letter() {
        return letter;
    }

    /**
     * {@return the mode for {@code "r"}, {@code "w"} or {@code "a"}}
     *
     * @param letter the camera's mode letter
     * @throws IllegalArgumentException naming the value for anything else
     */
    public static StreamMode of(String letter) {
        for (StreamMode mode : values()) {
            if (mode.letter.equals(letter)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown stream mode '" + letter + "': expected \"r\", \"w\" or \"a\"");
    }
}
