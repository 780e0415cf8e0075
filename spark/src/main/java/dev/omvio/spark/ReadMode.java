package dev.omvio.spark;

import java.util.Locale;

/**
 * What a read does with what is not a whole frame, named as Spark's file sources name their
 * {@code mode} option. Malformed are a file's damaged tail (the bytes after its last whole
 * frame) and a frame whose pixels cannot be read (an ARGB8 frame, of which the camera stores
 * only the header).
 */
enum ReadMode {
    /** Whole frames are rows, an unreadable frame's {@code data} and {@code image} are null, damaged tails are logged and counted. */
    PERMISSIVE,
    /** Unreadable frames are left out; damaged tails are counted and logged. */
    DROPMALFORMED,
    /** The first damaged tail or unreadable frame fails the query. */
    FAILFAST;

    /**
     * The mode named {@code name}, ignoring case.
     *
     * @throws IllegalArgumentException naming the value if it is none of the three
     */
    static ReadMode of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option mode must be PERMISSIVE, DROPMALFORMED or FAILFAST, got '"
                    + name + "'", e);
        }
    }
}
