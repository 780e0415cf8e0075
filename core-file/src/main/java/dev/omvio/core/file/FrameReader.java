package dev.omvio.core.file;

import dev.omvio.core.file.format.ChunkHeader;
import dev.omvio.core.file.format.StreamVersion;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.StreamFormatException;
import dev.omvio.stream.spi.FrameBuffer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reads the data of indexed frames with positional reads, so that many threads may read at
 * once, and hands them out in the layouts of {@link PixelFormat}: version 1.0's byte-swapped
 * RGB565 is turned little-endian. ARGB8 frames have no data in files (the camera stores none):
 * reading one throws {@link ChunkHeader#noPixels(FrameInfo)}.
 *
 * <p>Public for {@link dev.omvio.core.file.split.FrameRunReader}; this package is not exported.
 */
public final class FrameReader {
    private final FileChannel channel;
    private final StreamVersion version;

    /**
     * A reader of {@code channel}, a file of {@code version}, which it reads but never closes.
     *
     * @param channel the file
     * @param version the file's version
     */
    public FrameReader(FileChannel channel, StreamVersion version) {
        this.channel = channel;
        this.version = version;
    }

    /**
     * The frame as a new, owned image over an array of exactly its data.
     *
     * @param frame the frame, as its chunk header describes it
     * @return the image
     * @throws StreamFormatException at the frame's offset for an ARGB8 frame (no pixels stored),
     *     a data size too large for an array, or data cut short (the file shrank)
     * @throws IOException if reading fails
     */
    public Image read(FrameInfo frame) throws IOException {
        byte[] data = new byte[checkedSize(frame)];
        fill(frame, ByteBuffer.wrap(data));
        return Image.of(frame.width(), frame.height(), frame.format(), data);
    }

    /** The frame loaded into {@code frameBuffer}, as its reused view. */
    Image readInto(FrameInfo frame, FrameBuffer frameBuffer) throws IOException {
        int size = checkedSize(frame);
        fill(frame, frameBuffer.prepare(size));
        return frameBuffer.image(frame.width(), frame.height(), frame.format(), size);
    }

    private static int checkedSize(FrameInfo frame) throws StreamFormatException {
        if (frame.format() == PixelFormat.ARGB8) {
            throw ChunkHeader.noPixels(frame);
        }
        try {
            return Image.checkedArraySize(frame.dataSize());
        } catch (IllegalArgumentException tooLarge) {
            throw new StreamFormatException(frame.offset(), tooLarge.getMessage());
        }
    }

    // target: a heap buffer at position 0 whose limit is the frame's data size
    private void fill(FrameInfo frame, ByteBuffer target) throws IOException {
        int read = ChannelIo.read(channel, target, frame.offset() + version.headerSize());
        if (read < frame.dataSize()) {
            throw new StreamFormatException(frame.offset(), "frame data cut short: " + read + " of "
                    + frame.dataSize() + " bytes (the file shrank after it was opened)");
        }
        if (frame.format() == PixelFormat.RGB565 && version.storesRgb565BigEndian()) {
            for (int i = 0; i < read; i += 2) {
                target.putShort(i, Short.reverseBytes(target.getShort(i)));
            }
        }
    }
}
