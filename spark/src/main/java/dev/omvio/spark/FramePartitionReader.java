package dev.omvio.spark;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
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

/**
 * Reads one partition's slices with the file engine: for each slice, opens the file, checks that
 * its frames are where the driver found them, and returns the wanted frames in order. Frame data
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
    private ImageStream stream;
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
            if (stream == null && !openNextSlice()) {
                return false;
            }
            if (next < slice.endFrame()) {
                FrameInfo frame;
                try {
                    frame = stream.frameInfo(next);
                } finally {
                    next++;
                }
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
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    private boolean openNextSlice() throws IOException {
        while (slices.hasNext()) {
            slice = slices.next();
            try {
                stream = ImageStreams.open(Paths.get(URI.create(slice.path())), "r");
                checkUnchanged();
            } catch (IOException e) {
                close();
                if (!options.ignoreCorruptFiles()) {
                    throw e;
                }
                LOG.warn("Skipped the corrupt file {}: {}", slice.path(), e.getMessage());
                continue;
            }
            path = UTF8String.fromString(slice.path());
            next = slice.firstFrame();
            time = slice.startTimeMicros();
            return true;
        }
        return false;
    }

    // The driver planned from the file as it was then; a file rewritten since would give other frames.
    private void checkUnchanged() throws IOException {
        int count = stream.count();
        boolean same = slice.endFrame() <= count
                && (slice.firstFrame() == slice.endFrame() || stream.frameInfo(slice.firstFrame()).offset() == slice.firstOffset());
        if (!same) {
            throw new IOException(slice.path() + " changed after the query was planned: frames "
                    + slice.firstFrame() + ".." + slice.endFrame() + " at offset " + slice.firstOffset()
                    + " are not where they were (the file now has " + count + " frames)");
        }
    }

    private void endSlice() throws IOException {
        FileSlice.Damage damage = slice.damage();
        close();
        if (damage == null) {
            return;
        }
        malformed++;
        String what = slice.path() + ": damaged tail of " + damage.length() + " bytes at offset " + damage.offset()
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
                image = stream.readFrame(frame.index());
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
