package dev.omvio.core.file;

import dev.omvio.core.file.format.ChunkHeader;
import dev.omvio.core.file.format.Pad16;
import dev.omvio.core.file.format.StreamVersion;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where every frame of a stream file is and what it holds, in 20 bytes per frame: a growable
 * {@code long[]} of chunk offsets (64-bit, for files over 4 GiB), a {@code long[]} of packed
 * interval, format, width and height, and an {@code int[]} of unsigned data sizes.
 *
 * <p>One thread adds and truncates; any number of threads may read at the same time. A frame
 * is published by writing the count after its entries (and after any grown arrays), so a
 * reader that sees a frame in the count also sees its entries.
 */
final class FrameIndex {
    private static final int INITIAL_CAPACITY = 64;

    // Packed descriptor, from bit 0: width (15 bits), height (15), format ordinal (4), stored
    // interval (30). ChunkHeader's limits (32767 pixels, 1e9 < 2^30) keep every field in range.
    private static final int HEIGHT_SHIFT = 15;
    private static final int FORMAT_SHIFT = 30;
    private static final int INTERVAL_SHIFT = 34;
    private static final long DIMENSION_MASK = (1L << 15) - 1;
    private static final long FORMAT_MASK = (1L << 4) - 1;
    private static final PixelFormat[] FORMATS = PixelFormat.values();

    private final StreamVersion version;
    private volatile Columns columns = new Columns(INITIAL_CAPACITY);
    private volatile int count;

    FrameIndex(StreamVersion version) {
        this.version = version;
    }

    /** The number of frames indexed. */
    int count() {
        return count;
    }

    /** Adds a frame whose chunk header is at file position {@code offset}. */
    void add(long offset, ChunkHeader header) {
        int index = count;
        Columns current = columns;
        if (index == current.offsets.length) {
            current = current.grown();
            columns = current;
        }
        current.offsets[index] = offset;
        current.descriptors[index] = header.width()
                | (long) header.height() << HEIGHT_SHIFT
                | (long) header.format().ordinal() << FORMAT_SHIFT
                | header.storedInterval() << INTERVAL_SHIFT;
        current.dataSizes[index] = (int) header.dataSize();
        count = index + 1;
    }

    /** Keeps only the first {@code frames} frames. */
    void truncate(int frames) {
        Objects.checkIndex(frames, count + 1);
        count = frames;
    }

    /**
     * What is known of frame {@code index}.
     *
     * @throws IndexOutOfBoundsException if {@code index} is outside 0..count()-1
     */
    FrameInfo info(int index) {
        Objects.checkIndex(index, count);
        Columns current = columns;
        long descriptor = current.descriptors[index];
        return new FrameInfo(index, current.offsets[index],
                (int) (descriptor & DIMENSION_MASK),
                (int) (descriptor >>> HEIGHT_SHIFT & DIMENSION_MASK),
                FORMATS[(int) (descriptor >>> FORMAT_SHIFT & FORMAT_MASK)],
                version.toMicros(descriptor >>> INTERVAL_SHIFT),
                Integer.toUnsignedLong(current.dataSizes[index]));
    }

    /**
     * The file position of frame {@code index}'s chunk, or for {@code index == count()} where
     * the next chunk goes: after the last frame's data and padding (after the magic if there
     * are no frames).
     */
    long chunkOffset(int index) {
        int frames = count;
        Objects.checkIndex(index, frames + 1);
        if (index < frames) {
            return columns.offsets[index];
        }
        if (frames == 0) {
            return StreamVersion.MAGIC_LENGTH;
        }
        Columns current = columns;
        int last = frames - 1;
        return Pad16.align(current.offsets[last] + version.headerSize()
                + Integer.toUnsignedLong(current.dataSizes[last]));
    }

    /** Where the next chunk goes: {@code chunkOffset(count())}. */
    long end() {
        return chunkOffset(count);
    }

    private static final class Columns {
        final long[] offsets;
        final long[] descriptors;
        final int[] dataSizes;

        Columns(int capacity) {
            this(new long[capacity], new long[capacity], new int[capacity]);
        }

        private Columns(long[] offsets, long[] descriptors, int[] dataSizes) {
            this.offsets = offsets;
            this.descriptors = descriptors;
            this.dataSizes = dataSizes;
        }

        Columns grown() {
            int capacity = offsets.length + (offsets.length >> 1);
            return new Columns(Arrays.copyOf(offsets, capacity), Arrays.copyOf(descriptors, capacity),
                    Arrays.copyOf(dataSizes, capacity));
        }
    }
}
