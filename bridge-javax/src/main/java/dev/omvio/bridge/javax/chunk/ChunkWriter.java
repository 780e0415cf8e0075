package dev.omvio.bridge.javax.chunk;

import dev.omvio.core.file.format.ChunkHeader;
import dev.omvio.core.file.format.Pad16;
import dev.omvio.core.file.format.StreamVersion;
import dev.omvio.image.Image;
import dev.omvio.stream.StreamClock;
import dev.omvio.stream.spi.WriteIntervals;

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
    private final ByteBuffer header = ByteBuffer.allocate(ChunkHeader.VERSION_2_SIZE);
    // Only given intervals are stored, so the clock is never read for dating.
    private final WriteIntervals intervals = new WriteIntervals(StreamClock.SYSTEM, StreamVersion.V2_0.microsPerUnit());

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
     * @param intervalMicros time since the previous frame; stored in whole milliseconds as the
     *     difference of the frames' times rounded down ({@link WriteIntervals}), at most
     *     {@link StreamVersion#maxWrittenInterval()}
     * @throws IllegalArgumentException if the image is larger than stream readers accept, is
     *     ARGB8 (which the camera does not store) or the interval is negative
     */
    public void write(Image image, long intervalMicros) throws IOException {
        ChunkHeader.requireStorable(image);
        if (intervalMicros < 0) {
            throw new IllegalArgumentException("frame interval must be at least 0 µs, got " + intervalMicros);
        }
        ChunkHeader.of(StreamVersion.V2_0, image, intervals.next(intervalMicros)).encodeVersion2(header);
        out.write(header.array(), 0, header.limit());
        ByteBuffer data = image.data();
        if (data.hasArray()) {
            out.write(data.array(), data.arrayOffset() + data.position(), data.remaining());
        } else {
            out.write(image.toByteArray());
        }
        long end = out.getStreamPosition() - start;
        out.write(PADDING, 0, Pad16.length(end));
    }
}
