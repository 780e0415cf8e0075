package dev.omvio.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The options of a read, taken from the reader's options and, for those Spark's file sources
 * share, from the session's configuration.
 *
 * @param paths the paths given to {@code load}: files, folders or globs
 * @param decode whether rows get an {@code image} column
 * @param mode what to do with damaged tails and unreadable frames
 * @param ignoreCorruptFiles whether a file that is not a stream, or breaks while read, is skipped
 * @param maxPartitionBytes at most this many bytes of frames go into one partition (one frame more when a frame is larger)
 * @param openCostInBytes what opening a file is counted as when small files are packed into a partition
 * @param recursiveFileLookup whether folders are searched to every depth
 * @param pathGlobFilter only files whose names match this glob are read; null for all
 */
record ReadOptions(List<String> paths, boolean decode, ReadMode mode, boolean ignoreCorruptFiles,
        long maxPartitionBytes, long openCostInBytes, boolean recursiveFileLookup, String pathGlobFilter)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String DECODE = "decode";
    static final String MODE = "mode";
    static final String IGNORE_CORRUPT_FILES = "ignoreCorruptFiles";
    static final String MAX_PARTITION_BYTES = "maxPartitionBytes";
    static final String OPEN_COST_IN_BYTES = "openCostInBytes";
    static final String RECURSIVE_FILE_LOOKUP = "recursiveFileLookup";
    static final String PATH_GLOB_FILTER = "pathGlobFilter";

    /**
     * The options of {@code options}; those not given take the session's
     * {@code spark.sql.files.*} settings, or Spark's defaults without a session.
     *
     * @throws IllegalArgumentException naming the option whose value is not valid
     */
    static ReadOptions of(Map<String, String> options) {
        CaseInsensitiveStringMap map = new CaseInsensitiveStringMap(options);
        return new ReadOptions(paths(map), bool(map, DECODE, "false"),
                ReadMode.of(map.getOrDefault(MODE, "PERMISSIVE")),
                bool(map, IGNORE_CORRUPT_FILES, session("spark.sql.files.ignoreCorruptFiles", "false")),
                positive(map, MAX_PARTITION_BYTES, session("spark.sql.files.maxPartitionBytes", "134217728")),
                positive(map, OPEN_COST_IN_BYTES, session("spark.sql.files.openCostInBytes", "4194304")),
                bool(map, RECURSIVE_FILE_LOOKUP, "false"), map.get(PATH_GLOB_FILTER));
    }

    /** Whether {@code decode} is set in {@code options}, which fixes the schema. */
    static boolean decodes(Map<String, String> options) {
        return bool(new CaseInsensitiveStringMap(options), DECODE, "false");
    }

    // DataFrameReader passes one path as "path" and several as "paths", a JSON array.
    private static List<String> paths(CaseInsensitiveStringMap map) {
        List<String> paths = new ArrayList<>();
        if (map.containsKey("path")) {
            paths.add(map.get("path"));
        }
        if (map.containsKey("paths")) {
            try {
                paths.addAll(Arrays.asList(new ObjectMapper().readValue(map.get("paths"), String[].class)));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("option paths is not a JSON array of strings: " + map.get("paths"), e);
            }
        }
        return List.copyOf(paths);
    }

    private static boolean bool(CaseInsensitiveStringMap map, String key, String fallback) {
        String value = map.getOrDefault(key, fallback).trim();
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException("option " + key + " must be true or false, got '" + value + "'");
    }

    private static long positive(CaseInsensitiveStringMap map, String key, String fallback) {
        String value = map.getOrDefault(key, fallback).trim();
        long bytes;
        try {
            bytes = JavaUtils.byteStringAsBytes(value); // as Spark reads its own sizes: 134217728, 128m, 64k ...
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + key + " must be a number of bytes, got '" + value + "'", e);
        }
        if (bytes <= 0) {
            throw new IllegalArgumentException("option " + key + " must be positive, got " + bytes);
        }
        return bytes;
    }

    private static String session(String key, String fallback) {
        return SparkSession.getActiveSession().map(session -> session.conf().get(key, fallback))
                .getOrElse(() -> fallback);
    }
}
