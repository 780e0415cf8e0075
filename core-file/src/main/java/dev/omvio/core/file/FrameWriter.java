package dev.omvio.core.file;

import dev.omvio.core.file.format.ChunkHeader;
import dev.omvio.core.file.format.Pad16;
import dev.omvio.image.Image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Writes frame chunks in the version 2 layout as the firmware does: the 32-byte header, the
 * data, then zero padding to a multiple of 16, in one gathering write from reused header and
 * padding buffers (the image's data is written from where it is, not copied).
 */
final class FrameWriter {
    private final FileChannel channel;
    private final ByteBuffer header = ByteBuffer.allocate(ChunkHeader.VERSION_2_SIZE);
    private final ByteBuffer padding = ByteBuffer.allocate(16);
    private final ByteBuffer[] chunk = new ByteBuffer[3];

    FrameWriter(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Writes the chunk of {@code image} described by {@code chunkHeader} at {@code position}.
     * If the write fails, the file is cut back to {@code position} so no partial chunk remains.
     */
    void write(long position, ChunkHeader chunkHeader, Image image) throws IOException {
        chunkHeader.encodeVersion2(header);
        ByteBuffer data = image.data();
        padding.clear().limit(Pad16.length(position + ChunkHeader.VERSION_2_SIZE + data.remaining()));
        chunk[0] = header;
        chunk[1] = data;
        chunk[2] = padding;
        long remaining = (long) header.remaining() + data.remaining() + padding.remaining();
        try {
            // Gathering writes have no positional form: the channel position belongs to the
            // one writing thread, while readers use positional reads.
            channel.position(position);
            while (remaining > 0) {
                remaining -= channel.write(chunk);
            }
        } catch (IOException e) {
            cutBack(position, e);
            throw e;
        } finally {
            chunk[1] = null;
        }
    }

    private void cutBack(long position, IOException cause) {
        try {
            channel.truncate(position);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
