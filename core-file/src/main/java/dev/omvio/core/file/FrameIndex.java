package dev.omvio.core.file;

import dev.omvio.core.file.format.ChunkHeader;
import dev.omvio.core.file.format.Pad16;
import dev.omvio.core.file.format.StreamVersion;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where every frame of a stream file is and what it holds, in 20 bytes per frame: chunk
 * offsets as {@code long}s (64-bit, for files over 4 GiB), packed interval, format, width and
 * height as {@code long}s, and unsigned data sizes as {@code int}s.
 *
 * <p>The columns are kept in pages of {@value #PAGE_SIZE} frames (320 KiB) that are never
 * copied once full: a million frames take 20 MB and no more while the index grows, and no array
 * is large enough to need a contiguous run of heap. Only the first page starts small and grows,
 * so a short file costs little.
 *
 * <p>One thread adds and truncates; any number of threads may read at the same time. A frame
 * is published by writing the count after its entries (and after any new or grown page), so a
 * reader that sees a frame in the count also sees its entries.
 */
final class FrameIndex {
    private static final int PAGE_BITS = 14;
    static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int SLOT_MASK = PAGE_SIZE - 1;
    private static final int FIRST_PAGE_CAPACITY = 64;

    // Packed descriptor, from bit 0: width (15 bits), height (15), format ordinal (4), stored
    // interval (30). ChunkHeader's limits (32767 pixels, 1e9 < 2^30) keep every field in range.
    private static final int HEIGHT_SHIFT = 15;
    private static final int FORMAT_SHIFT = 30;
    private static final int INTERVAL_SHIFT = 34;
    private static final long DIMENSION_MASK = (1L << 15) - 1;
    private static final long FORMAT_MASK = (1L << 4) - 1;
    private static final PixelFormat[] FORMATS = PixelFormat.values();

    private final StreamVersion version;
    private volatile Page[] pages = {new Page(FIRST_PAGE_CAPACITY)};
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
        Page page = pageForAdding(index);
        int slot = index & SLOT_MASK;
        page.offsets[slot] = offset;
        page.descriptors[slot] = header.width()
                | (long) header.height() << HEIGHT_SHIFT
                | (long) header.format().ordinal() << FORMAT_SHIFT
                | header.storedInterval() << INTERVAL_SHIFT;
        page.dataSizes[slot] = (int) header.dataSize();
        count = index + 1;
    }

    /** The page frame {@code index} goes into, made or grown and published if it has no room yet. */
    private Page pageForAdding(int index) {
        int number = index >>> PAGE_BITS;
        int slot = index & SLOT_MASK;
        Page[] current = pages;
        if (number == current.length) {
            current = Arrays.copyOf(current, number * 2);
        }
        Page page = current[number];
        if (page != null && slot < page.offsets.length) {
            return page;
        }
        page = page == null ? new Page(PAGE_SIZE) : page.grown();
        current[number] = page;
        pages = current;
        return page;
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
        Page page = pages[index >>> PAGE_BITS];
        int slot = index & SLOT_MASK;
        long descriptor = page.descriptors[slot];
        return new FrameInfo(index, page.offsets[slot],
                (int) (descriptor & DIMENSION_MASK),
                (int) (descriptor >>> HEIGHT_SHIFT & DIMENSION_MASK),
                FORMATS[(int) (descriptor >>> FORMAT_SHIFT & FORMAT_MASK)],
                version.toMicros(descriptor >>> INTERVAL_SHIFT),
                Integer.toUnsignedLong(page.dataSizes[slot]));
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
            return pages[index >>> PAGE_BITS].offsets[index & SLOT_MASK];
        }
        if (frames == 0) {
            return StreamVersion.MAGIC_LENGTH;
        }
        int last = frames - 1;
        Page page = pages[last >>> PAGE_BITS];
        int slot = last & SLOT_MASK;
        return Pad16.align(page.offsets[slot] + version.headerSize() + Integer.toUnsignedLong(page.dataSizes[slot]));
    }

    /** Where the next chunk goes: {@code chunkOffset(count())}. */
    long end() {
        return chunkOffset(count);
    }

    /** The columns of up to {@value #PAGE_SIZE} consecutive frames. */
    private static final class Page {
        final long[] offsets;
        final long[] descriptors;
        final int[] dataSizes;

        Page(int capacity) {
            this(new long[capacity], new long[capacity], new int[capacity]);
        }

        private Page(long[] offsets, long[] descriptors, int[] dataSizes) {
            this.offsets = offsets;
            this.descriptors = descriptors;
            this.dataSizes = dataSizes;
        }

        /** A copy with twice the room, at most a full page (only the first page grows). */
        Page grown() {
            int capacity = Math.min(PAGE_SIZE, offsets.length * 2);
            return new Page(Arrays.copyOf(offsets, capacity), Arrays.copyOf(descriptors, capacity),
                    Arrays.copyOf(dataSizes, capacity));
        }
    }
}
