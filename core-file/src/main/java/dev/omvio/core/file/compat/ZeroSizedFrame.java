package dev.omvio.core.file.compat;

/**
 * A frame with pixels that a reader nevertheless takes as 0 data bytes (ARGB8, whose size
 * neither reader computes; an unknown code in the IDE). If the file holds data there, the reader
 * reads it as the next chunk's header; when that next chunk is refused, the refusal is reported
 * at this frame, whose pixel format is the cause.
 *
 * @param frame the frame's index
 * @param offset the offset of its pixel format field
 * @param code its pixel format code
 * @param why why the reader takes no data bytes for it
 */
record ZeroSizedFrame(long frame, long offset, int code, String why) {
    /** {@code refusal} if it is not about the very next frame, else the same refusal blamed on this frame. */
    Refusal blame(Refusal refusal) {
        if (refusal.frame() != frame + 1) {
            return refusal;
        }
        return new Refusal(frame, offset, "pixformat", String.format(
                "%s and takes the bytes after its header as frame %d's header, refused at offset %d (%s): %s",
                why, frame + 1, refusal.offset(), refusal.field(), refusal.reason()));
    }
}
