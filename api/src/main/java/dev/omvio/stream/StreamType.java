package dev.omvio.stream;

/** Where a stream keeps its frames, as the camera's {@code ImageIO.type()} reports it. */
public enum StreamType {
    /** Frames in an "OMV IMG STR" file on disk. */
    FILE,
    /** Frames in slots allocated once in memory. */
    MEMORY
}
