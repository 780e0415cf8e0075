package dev.omvio.spark;

import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.FrameInfo;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans a read on the driver: indexes every file's frames from the chunk headers alone with the
 * file engine (no frame data is read; an unchanged file's index is kept from the last query, see
 * {@link RecordingIndexCache}), cuts each file into slices at frame
 * boundaries, keeps only the frames the pushed filters can match, and packs the slices into
 * partitions. Slices are sized as Spark's file sources size their splits: at most
 * {@code maxPartitionBytes}, and smaller when the files would otherwise give some cores nothing
 * to read. Each slice carries its first frame's chunk offset, so a task walks only its own
 * chunk headers.
 */
final class SplitPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(SplitPlanner.class);

    private final ReadOptions options;
    private final FramePredicate predicate;
    private final int minPartitions;

    /**
     * @param minPartitions the partitions the files should make at least, when they are large
     *     enough: Spark's {@code spark.sql.files.minPartitionNum}, by default the session's
     *     parallelism (its cores in local mode)
     */
    SplitPlanner(ReadOptions options, FramePredicate predicate, int minPartitions) {
        this.options = options;
        this.predicate = predicate;
        this.minPartitions = Math.max(1, minPartitions);
    }

    /** The partitions of {@code files}, in file order and frame order. */
    List<FramePartition> plan(List<Path> files) {
        long splitBytes = splitBytes(files);
        List<FileSlice> slices = new ArrayList<>();
        for (Path file : files) {
            slices.addAll(slices(file, splitBytes));
        }
        return pack(slices, splitBytes);
    }

    // Spark's FilePartition.maxSplitBytes: maxPartitionBytes, or less when the bytes per core
    // (each file counted openCostInBytes more) are fewer, but never below openCostInBytes.
    private long splitBytes(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            total += size(file) + options.openCostInBytes();
        }
        return Math.min(options.maxPartitionBytes(), Math.max(options.openCostInBytes(), total / minPartitions));
    }

    // 0 for a file that cannot be read: opening it reports why.
    private static long size(Path file) {
        try {
            return Files.size(Paths.get(file.toUri()));
        } catch (IOException e) {
            return 0;
        }
    }

    /** The slices of one file, each of about {@code splitBytes}; none for a corrupt file skipped under {@code ignoreCorruptFiles}. */
    private List<FileSlice> slices(Path file, long splitBytes) {
        try {
            return slices(file.toString(), RecordingIndexCache.SHARED.get(Paths.get(file.toUri())), splitBytes);
        } catch (IOException e) {
            if (options.ignoreCorruptFiles()) {
                LOG.warn("Skipped the corrupt file {}: {}", file, e.getMessage());
                return List.of();
            }
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private List<FileSlice> slices(String path, RecordingIndex index, long splitBytes) {
        List<FileSlice> slices = new ArrayList<>();
        long time = 0;
        int first = -1; // first wanted frame of the slice being built
        int last = -1;
        long firstTime = 0;
        long firstOffset = 0;
        long bytes = 0;
        List<FrameInfo> frames = index.frames();
        int count = frames.size();
        for (int i = 0; i < count; i++) {
            FrameInfo frame = frames.get(i);
            if (i > 0) {
                time += frame.intervalMicros();
            }
            if (predicate.nothingFrom(i, time)) {
                break;
            }
            if (!predicate.matches(i, time, frame.format().name())) {
                continue;
            }
            if (first >= 0 && bytes >= splitBytes) {
                slices.add(new FileSlice(path, first, last + 1, firstOffset, firstTime, bytes, null));
                first = -1;
            }
            if (first < 0) {
                first = i;
                firstTime = time;
                firstOffset = frame.offset();
                bytes = 0;
            }
            last = i;
            // The chunk: header, data and padding, up to the next chunk.
            bytes += i + 1 < count ? frames.get(i + 1).offset() - frame.offset() : frame.dataSize();
        }
        if (first >= 0) {
            slices.add(new FileSlice(path, first, last + 1, firstOffset, firstTime, bytes, null));
        }
        Optional<DamagedTail> tail = index.damagedTail();
        if (tail.isPresent()) {
            FileSlice.Damage damage = new FileSlice.Damage(tail.get().offset(), tail.get().length(), tail.get().reason());
            // The file's last slice reports the tail; without one, a slice of no frames does.
            FileSlice lastSlice = slices.isEmpty() ? null : slices.remove(slices.size() - 1);
            slices.add(lastSlice == null
                    ? new FileSlice(path, count, count, tail.get().offset(), time, 0, damage)
                    : new FileSlice(path, lastSlice.firstFrame(), lastSlice.endFrame(), lastSlice.firstOffset(),
                            lastSlice.startTimeMicros(), lastSlice.bytes(), damage));
        }
        return slices;
    }

    // Consecutive slices share a partition while they fit splitBytes, each file counted
    // openCostInBytes more, so that many small recordings do not make as many tasks.
    private List<FramePartition> pack(List<FileSlice> slices, long splitBytes) {
        List<FramePartition> partitions = new ArrayList<>();
        List<FileSlice> current = new ArrayList<>();
        long size = 0;
        for (FileSlice slice : slices) {
            long cost = slice.bytes() + options.openCostInBytes();
            if (!current.isEmpty() && size + cost > splitBytes) {
                partitions.add(new FramePartition(List.copyOf(current)));
                current.clear();
                size = 0;
            }
            current.add(slice);
            size += cost;
        }
        if (!current.isEmpty()) {
            partitions.add(new FramePartition(List.copyOf(current)));
        }
        return partitions;
    }
}
