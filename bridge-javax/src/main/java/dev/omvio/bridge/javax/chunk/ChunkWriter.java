package dev.omvio.bridge.javax.chunk;

import dev.omvio.image.Image;

import javax.imageio.stream.ImageOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Writes a version 2.0 stream to an {@link ImageOutputStream} as the firmware does: the magic,
 * then per frame the 32-byte header, the data and zero padding to a multiple of 16 counted
 * from the stream's start.
 */
public final class ChunkWriter {
    private static final byte[] PADDING = new byte[16];

    private final ImageOutputStream out;
    private final long start;

    private ChunkWriter(ImageOutputStream out, long start) {
        this.out = out;
        this.start = start;
    }

    /** Writes the version 2.0 magic at the current position of {@code out}. */
    public static ChunkWriter begin(ImageOutputStream out) throws IOException {
        long start = out.getStreamPosition();
        out.write(StreamVersion.V2_0.magic());
        return new ChunkWriter(out, start);
    }

    /**
     * Writes one frame chunk.
     *
     * @param intervalMicros time since the previous frame; stored as whole milliseconds, at most
     *     {@link ChunkHeader#MAX_INTERVAL}
     * @throws IllegalArgumentException if the image is larger than stream readers accept or the
     *     interval is negative
     */
    public void write(Image image, long intervalMicros) throws IOException {
        if (image.width() > ChunkHeader.MAX_DIMENSION || image.height() > ChunkHeader.MAX_DIMENSION) {
            throw new IllegalArgumentException("image of " + image.width() + "x" + image.height()
                    + " is larger than the " + ChunkHeader.MAX_DIMENSION + "x" + ChunkHeader.MAX_DIMENSION
                    + " stream files allow");
        }
        if (intervalMicros < 0) {
            throw new IllegalArgumentException("frame interval must be at least 0 µs, got " + intervalMicros);
        }
        long stored = Math.min(StreamVersion.V2_0.toStored(intervalMicros), ChunkHeader.MAX_INTERVAL);
        ChunkHeader header = new ChunkHeader(stored, image.width(), image.height(), image.format(), image.dataSize());
        out.write(header.encodeVersion2());
        ByteBuffer data = image.data();
        if (data.hasArray()) {
            out.write(data.array(), data.arrayOffset() + data.position(), data.remaining());
        } else {
            out.write(image.toByteArray());
        }
        long end = out.getStreamPosition() - start;
        out.write(PADDING, 0, (int) (ChunkHeader.pad16(end) - end));
    }
}
