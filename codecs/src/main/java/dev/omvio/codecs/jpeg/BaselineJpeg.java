package dev.omvio.codecs.jpeg;

/** What the JPEG frames of OpenMV streams (baseline JFIF, Huffman-coded) can and cannot be. */
final class BaselineJpeg {
    /**
     * The most pixels one byte of data can encode: every 8x8 block costs at least 2 bits (a DC
     * and an end-of-block code of at least 1 bit each), so at most 256 pixels per byte. A frame
     * claiming more is damaged or hostile, and is refused before its pixels are allocated.
     */
    static final long MAX_PIXELS_PER_BYTE = 256;

    private BaselineJpeg() {
    }
}
