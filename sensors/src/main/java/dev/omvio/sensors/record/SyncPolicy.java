package dev.omvio.sensors.record;

/**
 * When a {@link Recorder} forces written frames to the storage device with
 * {@link dev.omvio.stream.ImageStream#sync()}.
 *
 * @param everyFrames sync after every this many written frames; 0 for never on a count
 * @param onClose sync once more when the recording finishes
 */
public record SyncPolicy(int everyFrames, boolean onClose) {
    /** Sync only when the recording finishes. */
    public static final SyncPolicy ON_CLOSE = new SyncPolicy(0, true);
    /** Never sync: the stream's own close flushes. */
    public static final SyncPolicy NEVER = new SyncPolicy(0, false);

    /**
     * @param everyFrames sync after every this many written frames; 0 for never on a count
     * @param onClose sync once more when the recording finishes
     * @throws IllegalArgumentException naming the value if it is negative
     */
    public SyncPolicy {
        if (everyFrames < 0) {
            throw new IllegalArgumentException("sync interval must be 0 (never) or a positive frame count, got " + everyFrames);
        }
    }

    /**
     * Sync after every {@code frames} written frames and when the recording finishes.
     *
     * @param frames the number of written frames between syncs
     * @return the policy
     */
    public static SyncPolicy every(int frames) {
        if (frames <= 0) {
            throw new IllegalArgumentException("sync interval must be a positive frame count, got " + frames);
        }
        return new SyncPolicy(frames, true);
    }

    boolean isDueAfter(long written) {
        return everyFrames > 0 && written % everyFrames == 0;
    }
}
