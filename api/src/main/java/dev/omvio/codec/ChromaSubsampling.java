package dev.omvio.codec;

/** The chroma subsampling of an encoded JPEG. */
public enum ChromaSubsampling {
    /** Full-resolution chroma (Y sampling factors 1x1). */
    S444,
    /** Chroma halved horizontally (Y sampling factors 2x1). */
    S422,
    /** Chroma halved both ways (Y sampling factors 2x2), what cameras usually write. */
    S420,
    /** No chroma at all: a single-component greyscale JPEG. */
    GRAY
}
