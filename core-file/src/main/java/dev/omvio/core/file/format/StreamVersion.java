package dev.omvio.core.file.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The four known layouts of a stream, named by the version in its 16-byte magic
 * {@code "OMV IMG STR Vx.y"}: chunk header size, interval unit and RGB565 byte order.
 */
public enum StreamVersion {
    /** Firmware 2020 and the IDE recorder: 16-byte headers, ms intervals, RGB565 stored big-endian. */
    V1_0(1, 0, 16, 1_000, true),
    /** Firmware 2021: 16-byte headers, ms intervals. */
    V1_1(1, 1, 16, 1_000, false),
    /** Current firmware: 32-byte headers with pixel format codes, ms intervals. */
    V2_0(2, 0, 32, 1_000, false),
    /** As 2.0 with µs intervals (read by the current IDE). */
    V2_1(2, 1, 32, 1, false);

    /** Bytes of the magic at the start of every stream, where the first chunk begins. */
    public static final int MAGIC_LENGTH = 16;

    /** The IDE's bound on an interval, in microseconds after its conversion (see {@link #maxWrittenInterval()}). */
    public static final long MAX_INTERVAL_MICROS = 1_000_000_000L;

    private static final String MAGIC_PREFIX = "OMV IMG STR ";

    private final int major;
    private final int minor;
    private final int headerSize;
    private final long microsPerUnit;
    private final boolean bigEndianRgb565;
    private final byte[] magic;

    StreamVersion(int major, int minor, int headerSize, long microsPerUnit, boolean bigEndianRgb565) {
        this.major = major;
        this.minor = minor;
        this.headerSize = headerSize;
        this.microsPerUnit = microsPerUnit;
        this.bigEndianRgb565 = bigEndianRgb565;
        this.magic = (MAGIC_PREFIX + "V" + label()).getBytes(StandardCharsets.US_ASCII);
    }

    /** The version as the camera reports it: 10 * major + minor. */
    public int number() {
        return 10 * major + minor;
    }

    /** The version as the magic spells it, without the "V": {@code "2.0"}. */
    public String label() {
        return major + "." + minor;
    }

    /** A copy of the {@value #MAGIC_LENGTH} magic bytes that start a stream of this version. */
    public byte[] magic() {
        return magic.clone();
    }

    /** Bytes of each frame chunk's header: 16 for version 1, 32 for version 2. */
    public int headerSize() {
        return headerSize;
    }

    /** Whether headers carry 32-bit pixel format codes and data sizes (2.x) rather than a bpp field (1.x). */
    public boolean hasFormatCodes() {
        return major == 2;
    }

    /** Whether RGB565 pixels are stored byte-swapped and must be turned little-endian on reading. */
    public boolean storesRgb565BigEndian() {
        return bigEndianRgb565;
    }

    /** A stored interval in microseconds. */
    public long toMicros(long storedInterval) {
        return storedInterval * microsPerUnit;
    }

    /** Microseconds in one unit of this version's stored intervals: 1,000 (ms), or 1 for 2.1 (µs). */
    public long microsPerUnit() {
        return microsPerUnit;
    }

    /**
     * The longest interval, in this version's unit, that both the camera and the OpenMV IDE
     * accept: {@value #MAX_INTERVAL_MICROS} µs, that is 1,000,000 ms for 1.0, 1.1 and 2.0 and
     * 1,000,000,000 µs for 2.1. The IDE turns millisecond intervals into microseconds with a
     * 32-bit multiplication by 1000 and refuses any result above 10^9 ("File is corrupt!"), so a
     * longer millisecond interval makes it reject the whole file; the firmware takes any value.
     */
    public long maxWrittenInterval() {
        return MAX_INTERVAL_MICROS / microsPerUnit;
    }

    /** The version as messages name it: {@code "V2.0"}. */
    @Override
    public String toString() {
        return "V" + label();
    }

    /** The version whose magic is exactly {@code bytes}, or empty. */
    public static Optional<StreamVersion> ofMagic(byte[] bytes) {
        for (StreamVersion version : values()) {
            if (Arrays.equals(version.magic, bytes)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code bytes}, {@value #MAGIC_LENGTH} bytes that {@link #ofMagic(byte[])} did not
     * accept, do not start a stream: a bad magic or an unknown version, for an error message.
     */
    public static String whyNotAMagic(byte[] bytes) {
        String text = printable(bytes);
        if (!text.startsWith(MAGIC_PREFIX + "V")) {
            return "not an OpenMV stream: bad magic";
        }
        return "unknown version " + text.substring(MAGIC_PREFIX.length()) + ": expected V1.0, V1.1, V2.0 or V2.1";
    }

    // The version text comes from the file: keep control and non-ASCII bytes out of messages.
    private static String printable(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            text.append(b >= 0x20 && b < 0x7F ? (char) b : '?');
        }
        return text.toString();
    }
}
