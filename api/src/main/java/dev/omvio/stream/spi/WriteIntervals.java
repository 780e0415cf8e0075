package dev.omvio.stream.spi;

import dev.omvio.stream.StreamClock;

/**
 * Dates written frames as the camera does, in the unit the stream stores: each frame's
 * interval is the time since the previous write (the first frame's: since the stream was
 * opened), or the interval the writer gives.
 *
 * <p>Intervals are kept on one timeline, and what is stored is the difference of the timeline's
 * positions rounded down to the unit, as the firmware stores the difference of two absolute
 * millisecond tick counts: rounding never adds up. At 30 frames per second (33,333 µs) a
 * millisecond stream stores 33, 33, 34, 33, 33, 34 ..., a whole second every 30 frames, where
 * truncating each gap would store 33 every time and lose 1 % of the time.
 *
 * <p>For stream engines and writers; not thread-safe, as the streams' writes are not.
 */
public final class WriteIntervals {
    private final StreamClock clock;
    private final long unitMicros;
    private final long openedNanos;
    private long lastWriteMicros;
    private long carryMicros;

    /**
     * Counts exact microseconds (unit 1 µs), starting now, when the stream is opened.
     *
     * @param clock the clock that dates written frames
     */
    public WriteIntervals(StreamClock clock) {
        this(clock, 1);
    }

    /**
     * Counts in units of {@code unitMicros} (1,000 for millisecond streams), starting now, when
     * the stream is opened.
     *
     * @param clock the clock that dates written frames
     * @param unitMicros the stream's interval unit, in microseconds
     * @throws IllegalArgumentException if the unit is not positive
     */
    public WriteIntervals(StreamClock clock, long unitMicros) {
        if (unitMicros <= 0) {
            throw new IllegalArgumentException("interval unit must be positive, got " + unitMicros + " µs");
        }
        this.clock = clock;
        this.unitMicros = unitMicros;
        this.openedNanos = clock.nanoTime();
    }

    /** {@return the interval of a frame written now, by the clock, in units; restarts the count} */
    public long next() {
        long now = clockMicros();
        long interval = Math.max(0, now - lastWriteMicros);
        lastWriteMicros = Math.max(lastWriteMicros, now);
        return store(interval);
    }

    /**
     * {@return the interval of a frame written now with {@code intervalMicros} (at least 0) given by the
     * writer, in units; a later clock-dated frame counts from now}
     *
     * @param intervalMicros the interval the writer gives, in microseconds, at least 0
     */
    public long next(long intervalMicros) {
        lastWriteMicros = Math.max(lastWriteMicros, clockMicros());
        return store(intervalMicros);
    }

    // Whole microseconds since opening, from the absolute clock time: truncation does not add up.
    private long clockMicros() {
        return (clock.nanoTime() - openedNanos) / 1_000;
    }

    private long store(long intervalMicros) {
        if (unitMicros == 1) {
            return intervalMicros; // exact: nothing to round, and any long is kept
        }
        long timeline = carryMicros + Math.min(Math.max(0, intervalMicros), Long.MAX_VALUE - unitMicros);
        carryMicros = timeline % unitMicros;
        return timeline / unitMicros;
    }
}
