package dev.omvio.spark;

import dev.omvio.core.file.split.FrameRunReader;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.StreamFormatException;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.connector.metric.CustomTaskMetric;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.unsafe.types.UTF8String;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads one partition's slices with the file engine's {@link FrameRunReader}: for each slice,
 * opens the file at the slice's first chunk, as the driver found it, and walks the slice's own
 * chunk headers (not the whole file's), returning the wanted frames in order. A chunk that is not
 * where the driver found a frame means the file changed since the query was planned. Frame data
 * is read only when {@code data} or {@code image} is selected.
 */
final class FramePartitionReader implements PartitionReader<InternalRow> {
    private static final Logger LOG = LoggerFactory.getLogger(FramePartitionReader.class);

    private final Iterator<FileSlice> slices;
    private final List<FrameColumns> columns;
    private final int[] imageFields;
    private final ReadOptions options;
    private final FramePredicate predicate;
    private final boolean readsData;

    private FileSlice slice;
    private FrameRunReader run;
    private UTF8String path;
    private int next;
    private long time;
    private InternalRow row;
    private long bytesRead;
    private long malformed;

    FramePartitionReader(FramePartition partition, List<FrameColumns> columns, int[] imageFields, ReadOptions options,
            FramePredicate predicate) {
        this.slices = partition.slices().iterator();
        this.columns = columns;
        this.imageFields = imageFields.clone();
        this.options = options;
        this.predicate = predicate;
        this.readsData = columns.contains(FrameColumns.DATA) || columns.contains(FrameColumns.IMAGE);
    }

    @Override
    public boolean next() throws IOException {
        while (true) {
            if (slice == null && !nextSlice()) {
                return false;
            }
            Optional<FrameInfo> next = nextFrame();
            if (next.isPresent()) {
                FrameInfo frame = next.get();
                if (frame.index() > slice.firstFrame()) {
                    time += frame.intervalMicros();
                }
                if (predicate.matches(frame.index(), time, frame.format().name()) && toRow(frame)) {
                    return true;
                }
            } else {
                endSlice();
            }
        }
    }

    @Override
    public InternalRow get() {
        return row;
    }

    @Override
    public CustomTaskMetric[] currentMetricsValues() {
        return new CustomTaskMetric[] {new TaskMetric(FrameBytesRead.NAME, bytesRead), new TaskMetric(MalformedRecords.NAME, malformed)};
    }

    @Override
    public void close() throws IOException {
        if (run != null) {
            run.close();
            run = null;
        }
    }

    // The next slice, its file opened if it has frames; false after the last one.
    private boolean nextSlice() throws IOException {
        while (slices.hasNext()) {
            slice = slices.next();
            path = UTF8String.fromString(slice.path());
            time = slice.startTimeMicros();
            if (slice.firstFrame() == slice.endFrame()) {
                return true; // a damaged tail alone: nothing to open
            }
            try {
                run = FrameRunReader.open(Paths.get(URI.create(slice.path())), slice.firstOffset(), slice.firstFrame(),
                        slice.endFrame() - slice.firstFrame());
                return true;
            } catch (IOException e) {
                if (!options.ignoreCorruptFiles()) {
                    throw e;
                }
                LOG.warn("Skipped the corrupt file {}: {}", slice.path(), e.getMessage());
            }
        }
        slice = null;
        return false;
    }

    // The slice's next frame from its chunk header; empty at the slice's end (or, with
    // ignoreCorruptFiles, at a chunk that is no longer where the driver found it).
    private Optional<FrameInfo> nextFrame() throws IOException {
        if (run == null) {
            return Optional.empty();
        }
        try {
            return run.next();
        } catch (StreamFormatException e) {
            String what = slice.path() + " changed after the query was planned: frames " + slice.firstFrame() + ".."
                    + (slice.endFrame() - 1) + " from offset " + slice.firstOffset() + " are not where they were ("
                    + e.reason() + ")";
            if (!options.ignoreCorruptFiles()) {
                throw new StreamFormatException(e.offset(), what);
            }
            LOG.warn("Skipped the rest of {}", what);
            return Optional.empty();
        }
    }

    private void endSlice() throws IOException {
        FileSlice.Damage damage = slice.damage();
        String file = slice.path();
        close();
        slice = null;
        if (damage == null) {
            return;
        }
        malformed++;
        String what = file + ": damaged tail of " + damage.length() + " bytes at offset " + damage.offset()
                + " (" + damage.reason() + ")";
        if (options.mode() == ReadMode.FAILFAST && !options.ignoreCorruptFiles()) {
            throw new StreamFormatException(damage.offset(), what + " in FAILFAST mode"
                    + "; read it with mode PERMISSIVE or DROPMALFORMED to keep the frames before it");
        }
        LOG.warn("Read the whole frames before the {}", what);
    }

    // readFrame gives an owned image over an array of exactly its data: the row takes that array, uncopied.
    private static byte[] bytes(Image image) {
        ByteBuffer data = image.data();
        if (data.hasArray() && data.arrayOffset() == 0 && data.array().length == image.dataSize()) {
            return data.array();
        }
        return image.toByteArray();
    }

    // Builds the row of frame; false if the frame is left out (DROPMALFORMED).
    private boolean toRow(FrameInfo frame) throws IOException {
        Image image = null;
        InternalRow picture = null;
        String unreadable = frame.format() == PixelFormat.ARGB8
                ? "ARGB8 frame " + frame.index() + " has no pixels in a file (the camera stores its header only)" : null;
        if (unreadable == null && readsData) {
            try {
                image = run.read();
                bytesRead += image.dataSize();
                if (columns.contains(FrameColumns.IMAGE)) {
                    picture = SparkImages.toRow(image, slice.path(), imageFields);
                }
            } catch (IOException e) { // the frame's data cut short, or pixels the codec cannot decode
                unreadable = "frame " + frame.index() + " at offset " + frame.offset() + ": " + e.getMessage();
                image = null;
            }
        }
        if (unreadable != null) {
            malformed++;
            switch (options.mode()) {
                case FAILFAST -> throw new StreamFormatException(frame.offset(),
                        slice.path() + ": " + unreadable + " in FAILFAST mode");
                case DROPMALFORMED -> {
                    return false;
                }
                case PERMISSIVE -> LOG.debug("{}: {}", slice.path(), unreadable);
            }
        }
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (columns.get(i)) {
                case PATH -> path;
                case FRAME -> frame.index();
                case OFFSET -> frame.offset();
                case TIME_US -> time;
                case INTERVAL_US -> frame.intervalMicros();
                case WIDTH -> frame.width();
                case HEIGHT -> frame.height();
                case PIXFORMAT -> UTF8String.fromString(frame.format().name());
                case DATA -> image == null ? null : bytes(image);
                case IMAGE -> picture;
            };
        }
        row = new GenericInternalRow(values);
        return true;
    }
}
