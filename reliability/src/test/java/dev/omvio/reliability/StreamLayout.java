package dev.omvio.reliability;

/**
 * Sizes of a stream file's parts as FORMAT.md states them, worked out independently of the
 * engine: the 16-byte magic, 16-byte (1.x) or 32-byte (2.x) chunk headers, Pad16 after data.
 */
public final class StreamLayout {
    /** Length of the "OMV IMG STR Vx.y" magic; the first chunk starts here. */
    public static final int MAGIC_LENGTH = 16;
    /** The IDE's limit on width and height. */
    public static final int MAX_DIMENSION = 32767;
    /** The IDE's limit on a stored interval. */
    public static final long MAX_INTERVAL = 1_000_000_000L;

    private StreamLayout() {
    }

    /** Chunk header size of a version (10, 11, 20 or 21). */
    public static int headerSize(int version) {
        return version >= 20 ? 32 : 16;
    }

    /** {@code position} rounded up to the next multiple of 16. */
    public static long pad16(long position) {
        return (position + 15) & ~15L;
    }

    /** The version 10 * x + y a 16-byte magic names, or -1 if it is no known stream magic. */
    public static int versionOf(byte[] file) {
        if (file.length < MAGIC_LENGTH) {
            return -1;
        }
        String prefix = "OMV IMG STR V";
        for (int i = 0; i < prefix.length(); i++) {
            if (file[i] != prefix.charAt(i)) {
                return -1;
            }
        }
        if (file[14] != '.' || !isDigit(file[13]) || !isDigit(file[15])) {
            return -1;
        }
        int version = 10 * (file[13] - '0') + (file[15] - '0');
        return version == 10 || version == 11 || version == 20 || version == 21 ? version : -1;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
