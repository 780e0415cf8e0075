package dev.omvio.core.file.compat;

import java.util.Objects;
import java.util.Optional;

/**
 * One reader's verdict on one file: it opens it, with the number of frames it sees, or it
 * refuses it, with where and why.
 */
public final class Verdict {
    private final OpenMvReader reader;
    private final long frames;
    private final Refusal refusal;

    private Verdict(OpenMvReader reader, long frames, Refusal refusal) {
        this.reader = Objects.requireNonNull(reader, "reader");
        if (frames < 0) {
            throw new IllegalArgumentException("frames " + frames);
        }
        this.frames = frames;
        this.refusal = refusal;
    }

    /** {@code reader} opens the file and reads {@code frames} frames from it. */
    static Verdict accepted(OpenMvReader reader, long frames) {
        return new Verdict(reader, frames, null);
    }

    /** {@code reader} reads {@code frames} frames, then refuses the file. */
    static Verdict refused(OpenMvReader reader, long frames, Refusal refusal) {
        return new Verdict(reader, frames, Objects.requireNonNull(refusal, "refusal"));
    }

    /** {@return the reader this verdict is about} */
    public OpenMvReader reader() {
        return reader;
    }

    /** {@return whether the reader opens the file and reads every chunk of it} */
    public boolean accepted() {
        return refusal == null;
    }

    /**
     * {@return the frames the reader reads: all of them when it accepts the file, those before the
     * refused one when it does not} As that reader counts them, which need not be the count
     * omvio sees.
     */
    public long frames() {
        return frames;
    }

    /** {@return where and why the reader refuses the file; empty when it accepts it} */
    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Verdict that && reader == that.reader && frames == that.frames
                && Objects.equals(refusal, that.refusal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reader, frames, refusal);
    }

    /** For messages: {@code "ide: 3 frames"} or {@code "firmware: refused frame 1 at offset 48 (pixformat): ..."}. */
    @Override
    public String toString() {
        if (refusal == null) {
            return reader.label() + ": " + frames + " frames";
        }
        return reader.label() + ": refused " + (refusal.frame() < 0 ? "the file header" : "frame " + refusal.frame())
                + " at offset " + refusal.offset() + " (" + refusal.field() + "): " + refusal.reason();
    }
}
