package dev.omvio.core.file.format;

/**
 * The format's "Pad16" rule: every chunk ends with zero bytes up to the next multiple of 16 of
 * its position, counted from the start of the stream (the magic's first byte).
 */
public final class Pad16 {
    private Pad16() {
    }

    /** The first multiple of 16 at or after {@code position}. */
    public static long align(long position) {
        return (position + 15) & ~15L;
    }

    /** The number of zero bytes, 0 to 15, that pad {@code position} to a multiple of 16. */
    public static int length(long position) {
        return (int) (align(position) - position);
    }
}
