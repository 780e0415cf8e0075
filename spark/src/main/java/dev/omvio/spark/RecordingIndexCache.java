package dev.omvio.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indexes of recently planned files, kept on the driver for the next query, as Spark keeps
 * file listings: walking a file's chunk headers costs a read per frame (about 40 ms for 10 000
 * frames on the 2-core development machine), repeated by every query of an unchanged file. A
 * file is taken as unchanged while its size, modification time and file key (the inode, where
 * the file system has one) are; the tasks still find each chunk where the plan put it or fail,
 * so a file rewritten in place with all three unchanged fails its query with the usual "changed
 * after the query was planned" error rather than giving wrong frames. The least recently used
 * indexes go first once more than a bound of frames are kept.
 */
final class RecordingIndexCache {
    /** The cache the planner uses: up to a million frames (about 60 MB), all files together. */
    static final RecordingIndexCache SHARED = new RecordingIndexCache(1_000_000);

    private final int maxFrames;
    private final Map<Path, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long frames;

    /** @param maxFrames the most frames kept, all files together; a larger file is not kept */
    RecordingIndexCache(int maxFrames) {
        this.maxFrames = maxFrames;
    }

    /**
     * The index of {@code file}: the one kept if the file is unchanged since, else the file
     * engine's, then kept.
     *
     * @throws IOException if the file cannot be opened or is not a stream file
     */
    RecordingIndex get(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Optional<Version> version = Version.of(key);
        synchronized (this) {
            Entry kept = entries.get(key);
            if (kept != null && version.isPresent() && kept.version.equals(version.get())) {
                return kept.index;
            }
        }
        RecordingIndex index = RecordingIndex.read(key);
        if (version.isPresent()) {
            keep(key, new Entry(version.get(), index));
        }
        return index;
    }

    /** {@return the files whose indexes are kept, least recently used first} */
    synchronized List<Path> files() {
        return List.copyOf(entries.keySet());
    }

    private synchronized void keep(Path key, Entry entry) {
        int size = entry.index.frames().size();
        if (size > maxFrames) {
            return;
        }
        Entry old = entries.put(key, entry);
        frames += size - (old == null ? 0 : old.index.frames().size());
        for (Iterator<Entry> eldest = entries.values().iterator(); frames > maxFrames;) {
            frames -= eldest.next().index.frames().size();
            eldest.remove();
        }
    }

    private record Entry(Version version, RecordingIndex index) {
    }

    // What tells a file's versions apart without reading it.
    private record Version(long size, FileTime modified, Object fileKey) {
        // Empty when the attributes cannot be read: opening the file then says why.
        static Optional<Version> of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return Optional.of(new Version(a.size(), a.lastModifiedTime(), a.fileKey()));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }
}
