package dev.omvio.bench.baseline;

import dev.omvio.image.PixelFormat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Random access as the camera firmware does it (FORMAT.md, "Behaviour of the firmware's file
 * stream"): no index, so {@code seek(n)} rewinds to offset 16 and reads the n chunk headers
 * before the frame one by one. Reads version 2.x files (32-byte headers).
 */
public final class FirmwareHeaderWalk {
    private static final long FIRST_CHUNK = 16;
    private static final int HEADER_SIZE = 32;
    private static final int FORMAT_OFFSET = 12;
    private static final int SIZE_OFFSET = 16;

    private final FileChannel channel;
    private final ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);

    /** Walks the stream file open on {@code channel}. */
    public FirmwareHeaderWalk(FileChannel channel) {
        this.channel = channel;
    }

    /** Seeks to frame {@code n} by walking headers, then reads that frame's data into {@code target}. */
    public ByteBuffer seekAndRead(int n, ByteBuffer target) throws IOException {
        long position = FIRST_CHUNK;
        for (int i = 0; i < n; i++) {
            readHeader(position);
            position += HEADER_SIZE + pad16(dataSize());
        }
        readHeader(position);
        target.clear().limit(Math.toIntExact(dataSize()));
        readFully(target, position + HEADER_SIZE);
        return target.flip();
    }

    private void readHeader(long position) throws IOException {
        header.clear();
        readFully(header, position);
    }

    private long dataSize() throws IOException {
        int code = header.getInt(FORMAT_OFFSET);
        PixelFormat format = PixelFormat.ofCode(code)
                .orElseThrow(() -> new IOException("unknown pixformat 0x" + Integer.toHexString(code)));
        if (format.isCompressed()) {
            return Integer.toUnsignedLong(header.getInt(SIZE_OFFSET));
        }
        return format.dataSize(header.getInt(4), header.getInt(8));
    }

    private void readFully(ByteBuffer target, long position) throws IOException {
        long at = position;
        while (target.hasRemaining()) {
            int read = channel.read(target, at);
            if (read < 0) {
                throw new IOException("stream file ends at " + at + " inside a chunk");
            }
            at += read;
        }
    }

    private static long pad16(long size) {
        return (size + 15) & ~15L;
    }
}
