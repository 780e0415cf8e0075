package dev.omvio.core.memory;

import dev.omvio.image.Image;
import dev.omvio.stream.EmptySlotException;
import dev.omvio.stream.EndOfStreamException;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.FrameTooLargeException;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.StreamClock;
import dev.omvio.stream.StreamType;
import dev.omvio.stream.spi.FrameBuffer;
import dev.omvio.stream.spi.PauseSchedule;
import dev.omvio.stream.spi.WriteIntervals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A memory stream: the camera's {@code ImageIO((w, h, pixformat), n)} over a {@link SlotStore}.
 *
 * <p>Beyond the {@link ImageStream} contract: {@link #seek(int)} accepts 0..count()-1 only, not
 * count() (FORMAT.md section 4); {@code read} at the end with {@code loop = true} wraps to slot 0
 * and keeps the pause schedule running, since frame 0's interval simply follows the last one;
 * write intervals are kept in microseconds exactly.
 *
 * <p>{@link #readFrame(int)} and {@link #frameInfo(int)} may run on many threads, also while the
 * owning thread writes; a {@code readFrame} of the very slot being overwritten at that moment may
 * return the old frame's description with some of the new frame's bytes.
 */
final class MemoryImageStream implements ImageStream {
    private final SlotLayout layout;
    private final SlotTable table;
    private final WriteIntervals intervals;
    private final PauseSchedule schedule;
    private final FrameBuffer frameBuffer = new FrameBuffer();
    /** Null once closed; readers on other threads keep the store they fetched until they finish. */
    private volatile SlotStore store;
    private int offset;

    /**
     * Allocates the store for {@code layout}; the clock starts the write intervals and the
     * pause schedule now.
     *
     * @throws OutOfMemoryError if the JVM cannot provide the memory
     */
    MemoryImageStream(SlotLayout layout, StreamClock clock) {
        this.layout = layout;
        this.store = new SlotStore(layout);
        this.table = new SlotTable(layout);
        this.intervals = new WriteIntervals(clock);
        this.schedule = new PauseSchedule(clock);
    }

    @Override
    public StreamType type() {
        open();
        return StreamType.MEMORY;
    }

    @Override
    public boolean isClosed() {
        return store == null;
    }

    @Override
    public int count() {
        open();
        return layout.slots();
    }

    @Override
    public int offset() {
        open();
        return offset;
    }

    @Override
    public OptionalInt version() {
        open();
        return OptionalInt.empty();
    }

    @Override
    public OptionalLong bufferSize() {
        open();
        return OptionalLong.of(layout.slotSize());
    }

    @Override
    public long size() {
        open();
        return layout.totalSize();
    }

    @Override
    public ImageStream write(Image image) throws IOException {
        SlotStore slots = open();
        int slot = slotFor(image);
        return put(slots, slot, image, intervals.next());
    }

    @Override
    public ImageStream write(Image image, long intervalMicros) throws IOException {
        SlotStore slots = open();
        if (intervalMicros < 0) {
            throw new IllegalArgumentException("interval must be at least 0 microseconds, got " + intervalMicros);
        }
        int slot = slotFor(image);
        return put(slots, slot, image, intervals.next(intervalMicros)); // exact: the unit is 1 µs
    }

    @Override
    public Optional<Image> read(boolean copyToFb, boolean loop, boolean pause) throws IOException {
        SlotStore slots = open();
        int slot = offset;
        if (slot == layout.slots()) {
            if (!loop) {
                throw new EndOfStreamException("no slot left to read: all " + layout.slots()
                        + " were read and loop is false");
            }
            slot = 0;
        }
        FrameInfo frame = table.written(slot);
        if (pause) {
            schedule.await(frame.intervalMicros());
        }
        Image image = copyToFb ? loadIntoFrameBuffer(slots, frame) : loadOwned(slots, frame);
        offset = slot + 1;
        return Optional.of(image);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code index} is outside 0..count()-1; unlike a file
     *     stream, a memory stream does not accept count()
     */
    @Override
    public ImageStream seek(int index) {
        open();
        if (index < 0 || index >= layout.slots()) {
            throw new IllegalArgumentException("cannot seek to slot " + index
                    + ": a memory stream has slots 0.." + (layout.slots() - 1));
        }
        offset = index;
        schedule.restart();
        return this;
    }

    @Override
    public ImageStream sync() {
        open();
        return this;
    }

    /**
     * Closes the stream and lets go of its store. Java 17 has no supported way to free a direct
     * buffer at once: the memory returns when the garbage collector reclaims the store, and
     * {@link java.nio.ByteBuffer#allocateDirect(int)} triggers such a collection itself when the
     * direct memory limit is near.
     */
    @Override
    public void close() {
        store = null;
    }

    @Override
    public FrameInfo frameInfo(int index) {
        open();
        Objects.checkIndex(index, layout.slots());
        try {
            return table.written(index);
        } catch (EmptySlotException e) {
            throw new NoSuchElementException(e.getMessage(), e);
        }
    }

    @Override
    public Image readFrame(int index) throws IOException {
        SlotStore slots = open();
        Objects.checkIndex(index, layout.slots());
        return loadOwned(slots, table.written(index));
    }

    /** The slot the next write fills, after checking that there is one and that {@code image} fits it. */
    private int slotFor(Image image) throws EndOfStreamException {
        Objects.requireNonNull(image, "image");
        if (offset == layout.slots()) {
            throw new EndOfStreamException("no slot left to write: all " + layout.slots()
                    + " are used and a memory stream never grows");
        }
        if (image.dataSize() > layout.slotSize()) {
            throw new FrameTooLargeException(image.dataSize(), layout.slotSize());
        }
        return offset;
    }

    private ImageStream put(SlotStore slots, int slot, Image image, long intervalMicros) {
        // Data first, then the table entry: a reader that sees the new entry also sees the new bytes.
        slots.copyIn(slot, image.data());
        table.record(slot, image, intervalMicros);
        offset = slot + 1;
        return this;
    }

    private Image loadIntoFrameBuffer(SlotStore slots, FrameInfo frame) {
        int size = Math.toIntExact(frame.dataSize());
        slots.copyOut(frame.index(), frameBuffer.prepare(size));
        return frameBuffer.image(frame.width(), frame.height(), frame.format(), size);
    }

    private static Image loadOwned(SlotStore slots, FrameInfo frame) {
        ByteBuffer data = ByteBuffer.allocate(Math.toIntExact(frame.dataSize()));
        slots.copyOut(frame.index(), data);
        return Image.wrap(frame.width(), frame.height(), frame.format(), data);
    }

    private SlotStore open() {
        SlotStore current = store;
        if (current == null) {
            throw new IllegalStateException("stream closed");
        }
        return current;
    }
}
