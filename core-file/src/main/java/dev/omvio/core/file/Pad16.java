package dev.omvio.core.file;

/** The format's "Pad16" rule: every chunk ends with zero bytes up to the next multiple of 16 of the file position. */
final class Pad16 {
    private Pad16() {
    }

    /** The first multiple of 16 at or after {@code position}. */
    static long align(long position) {
        return (position + 15) & ~15L;
    }

    /** The number of zero bytes that pad {@code position} to a multiple of 16. */
    static int length(long position) {
        return (int) (align(position) - position);
    }
}
