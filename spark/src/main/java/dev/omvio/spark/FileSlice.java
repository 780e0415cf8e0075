package dev.omvio.spark;

import java.io.Serializable;

/**
 * A run of consecutive frames of one file, as planned on the driver from the file's frame index.
 *
 * @param path the file as Spark names it ({@code file:/...}), the rows' {@code path}
 * @param firstFrame index of the first frame
 * @param endFrame index after the last frame ({@code firstFrame} for a slice that only carries a damaged tail)
 * @param firstOffset chunk offset of the first frame, checked when the task opens the file (it must not have changed)
 * @param startTimeMicros {@code time_us} of the first frame
 * @param bytes the frames' bytes, for packing slices into partitions
 * @param damage the file's damaged tail, on the file's last slice only; null for none
 */
record FileSlice(String path, int firstFrame, int endFrame, long firstOffset, long startTimeMicros, long bytes,
        Damage damage) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * What follows a file's last whole frame.
     *
     * @param offset where it starts
     * @param length its bytes
     * @param reason what is wrong, as the file engine says it
     */
    record Damage(long offset, long length, String reason) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
