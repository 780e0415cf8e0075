package dev.omvio.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The files a read covers, found as Spark's file sources find them: globs are expanded, folders
 * listed (to every depth with {@code recursiveFileLookup}), names starting with {@code .} or
 * {@code _} skipped (Spark's hidden and metadata files), {@code pathGlobFilter} applied to names.
 *
 * <p>The file engine reads through {@link java.nio.channels.FileChannel}s, so paths must be on a
 * file system the JVM sees as local ({@code file:}); on a cluster, a mount shared by every node.
 */
final class RecordingFiles {
    private RecordingFiles() {
    }

    /**
     * The files under {@code options.paths()}, each once, sorted by path.
     *
     * @throws FileNotFoundException naming a path or glob that matches nothing
     * @throws IllegalArgumentException for a path on a file system that is not local, or no path at all
     */
    static List<Path> list(ReadOptions options, Configuration hadoop) throws IOException {
        if (options.paths().isEmpty()) {
            throw new IllegalArgumentException("no path given: use spark.read.format(\"openmv\").load(\"recordings/\")");
        }
        GlobFilter nameFilter = options.pathGlobFilter() == null ? null : new GlobFilter(options.pathGlobFilter());
        TreeSet<Path> files = new TreeSet<>();
        for (String given : options.paths()) {
            Path path = new Path(given);
            FileSystem fs = path.getFileSystem(hadoop);
            if (!"file".equals(fs.getScheme())) {
                throw new IllegalArgumentException("the openmv source reads files on local or mounted file systems"
                        + " (file:), not " + fs.getScheme() + ": " + given);
            }
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new FileNotFoundException("path does not exist: " + fs.makeQualified(path));
            }
            for (FileStatus match : matches) {
                if (hiddenByGlob(path, match.getPath())) {
                    continue; // what a glob matches is skipped if hidden; a path named outright is read
                }
                if (match.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> listed = fs.listFiles(match.getPath(), options.recursiveFileLookup());
                    while (listed.hasNext()) {
                        Path file = listed.next().getPath();
                        if (!hiddenBelow(file, match.getPath()) && accepts(nameFilter, file)) {
                            files.add(file);
                        }
                    }
                } else if (accepts(nameFilter, match.getPath())) {
                    files.add(match.getPath());
                }
            }
        }
        return new ArrayList<>(files);
    }

    // Walks the given path and its match up from the leaf in step: a hidden name matched by a glob part.
    private static boolean hiddenByGlob(Path given, Path match) {
        for (Path g = given, m = match; g != null && m != null; g = g.getParent(), m = m.getParent()) {
            if (g.getName().matches(".*[*?\\[{].*") && hidden(m.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    private static boolean accepts(GlobFilter filter, Path file) {
        return filter == null || filter.accept(new Path(file.getName()));
    }

    // Hidden: the file or a folder between it and the listed folder is named ".*" or "_*".
    private static boolean hiddenBelow(Path file, Path root) {
        String rootPath = root.toUri().getPath();
        for (Path at = file; at != null && !at.toUri().getPath().equals(rootPath); at = at.getParent()) {
            if (hidden(at.getName())) {
                return true;
            }
        }
        return false;
    }
}
