package dev.omvio.core.file.compat;

import java.util.Objects;

/**
 * Where and why a reader gives up on a file.
 *
 * @param frame the index of the frame chunk whose header or data the reader refuses, counted
 *     as that reader counts chunks; -1 when it refuses the file's 16-byte magic
 * @param offset the file offset of the refused field, or of the bytes the reader could not read;
 *     the file's size for a field the file ends before
 * @param field the refused field: {@code magic}, {@code version}, {@code frames} (none at all),
 *     {@code interval}, {@code width}, {@code height}, {@code bpp} (1.x), {@code pixformat},
 *     {@code size}, {@code reserved} (the 12 bytes after a 2.x size), {@code data} or {@code padding}
 * @param reason the reader's own error text where it has one, then what in the file caused it
 */
public record Refusal(long frame, long offset, String field, String reason) {
    /**
     * Checks the values.
     *
     * @param frame the index of the refused frame chunk, or -1 for the file header
     * @param offset the file offset of the refused field, or of the bytes the reader could not read
     * @param field the refused field, as named in the description of {@link Refusal}
     * @param reason the reader's own error text where it has one, then what in the file caused it
     * @throws IllegalArgumentException if {@code frame} is below -1 or {@code offset} negative
     * @throws NullPointerException if {@code field} or {@code reason} is null
     */
    public Refusal {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        if (frame < -1 || offset < 0) {
            throw new IllegalArgumentException("frame " + frame + ", offset " + offset);
        }
    }
}
