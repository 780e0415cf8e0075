package dev.omvio.spark;

import org.apache.spark.sql.sources.And;
import org.apache.spark.sql.sources.EqualTo;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.sources.GreaterThan;
import org.apache.spark.sql.sources.GreaterThanOrEqual;
import org.apache.spark.sql.sources.In;
import org.apache.spark.sql.sources.LessThan;
import org.apache.spark.sql.sources.LessThanOrEqual;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The part of a query's filters the source applies itself: ranges of {@code frame} and
 * {@code time_us} and a set of {@code pixformat}s, all known from chunk headers. Frames outside
 * them are neither read nor returned, and partitions holding none of them are not planned.
 * Spark still applies every filter to the rows returned, so a filter only makes reads cheaper.
 */
final class FramePredicate implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Matches every frame. */
    static final FramePredicate ALL = new FramePredicate(Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, null);

    private final long frameMin;
    private final long frameMax;
    private final long timeMin;
    private final long timeMax;
    private final Set<String> formats; // null: any

    private FramePredicate(long frameMin, long frameMax, long timeMin, long timeMax, Set<String> formats) {
        this.frameMin = frameMin;
        this.frameMax = frameMax;
        this.timeMin = timeMin;
        this.timeMax = timeMax;
        this.formats = formats;
    }

    /** Whether a filter can narrow this predicate: it is on frame, time_us or pixformat, alone or ANDed. */
    static boolean applies(Filter filter) {
        return ALL.and(filter) != ALL;
    }

    /** This predicate narrowed by {@code filter}; itself if the filter is of a kind it does not use. */
    FramePredicate and(Filter filter) {
        if (filter instanceof And and) {
            return and(and.left()).and(and.right());
        }
        if (filter instanceof EqualTo equal) {
            return bound(equal.attribute(), equal.value(), true, true);
        }
        if (filter instanceof GreaterThan greater && greater.value() instanceof Number n) {
            return bound(greater.attribute(), saturatedAdd(n.longValue(), 1), true, false);
        }
        if (filter instanceof GreaterThanOrEqual greater) {
            return bound(greater.attribute(), greater.value(), true, false);
        }
        if (filter instanceof LessThan less && less.value() instanceof Number n) {
            return bound(less.attribute(), saturatedAdd(n.longValue(), -1), false, true);
        }
        if (filter instanceof LessThanOrEqual less) {
            return bound(less.attribute(), less.value(), false, true);
        }
        if (filter instanceof In in && isColumn(in.attribute(), FrameColumns.PIXFORMAT)
                && Arrays.stream(in.values()).allMatch(String.class::isInstance)) {
            Set<String> names = new HashSet<>();
            Arrays.stream(in.values()).forEach(value -> names.add((String) value));
            return withFormats(names);
        }
        return this;
    }

    private FramePredicate bound(String attribute, Object value, boolean lower, boolean upper) {
        if (isColumn(attribute, FrameColumns.PIXFORMAT) && value instanceof String name && lower && upper) {
            return withFormats(Set.of(name));
        }
        if (!(value instanceof Number number)) {
            return this;
        }
        long v = number.longValue();
        if (isColumn(attribute, FrameColumns.FRAME)) {
            return new FramePredicate(lower ? Math.max(frameMin, v) : frameMin, upper ? Math.min(frameMax, v) : frameMax,
                    timeMin, timeMax, formats);
        }
        if (isColumn(attribute, FrameColumns.TIME_US)) {
            return new FramePredicate(frameMin, frameMax, lower ? Math.max(timeMin, v) : timeMin,
                    upper ? Math.min(timeMax, v) : timeMax, formats);
        }
        return this;
    }

    private FramePredicate withFormats(Set<String> names) {
        Set<String> narrowed = new HashSet<>(names);
        if (formats != null) {
            narrowed.retainAll(formats);
        }
        return new FramePredicate(frameMin, frameMax, timeMin, timeMax, Set.copyOf(narrowed));
    }

    private static boolean isColumn(String attribute, FrameColumns column) {
        return attribute.equalsIgnoreCase(column.columnName());
    }

    private static long saturatedAdd(long value, long delta) {
        long sum = value + delta;
        return ((value ^ sum) & (delta ^ sum)) < 0 ? value : sum;
    }

    /** Whether frame {@code index}, at {@code timeMicros} since the first frame, in format {@code format}, is wanted. */
    boolean matches(int index, long timeMicros, String format) {
        return index >= frameMin && index <= frameMax && timeMicros >= timeMin && timeMicros <= timeMax
                && (formats == null || formats.contains(format));
    }

    /** Whether no frame at or after {@code index} or {@code timeMicros} can match: a file's later frames need no look. */
    boolean nothingFrom(int index, long timeMicros) {
        return index > frameMax || timeMicros > timeMax;
    }

    @Override
    public String toString() {
        return "frame in [" + frameMin + ", " + frameMax + "], time_us in [" + timeMin + ", " + timeMax + "]"
                + (formats == null ? "" : ", pixformat in " + formats);
    }
}
