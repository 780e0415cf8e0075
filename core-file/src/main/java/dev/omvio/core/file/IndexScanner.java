package dev.omvio.core.file;

import dev.omvio.core.file.format.ChunkHeader;
import dev.omvio.core.file.format.StreamVersion;
import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.StreamFormatException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;

/**
 * Builds a file's {@link FrameIndex} in one pass over its chunk headers, reading nothing but
 * the headers. The first chunk that is cut short or out of range ends the readable part: the
 * frames before it are indexed and the rest of the file is reported as a {@link DamagedTail}.
 *
 * <p>A frame counts as whole when its header and data are complete; its padding may be
 * missing at the end of the file (the camera stopped right after the data), which is not damage.
 *
 * <p>Headers are read through a {@link HeaderWindow}, so that a file of many small frames takes
 * one read per window rather than one per frame.
 *
 * <p>Public for {@link dev.omvio.core.file.split.FrameRunReader}, which reads a file's magic and
 * chunks as this class does; this package is not exported.
 */
public final class IndexScanner {
    private IndexScanner() {
    }

    /** The frames found and what follows the last whole one, if it is not a frame. */
    record Scan(FrameIndex index, Optional<DamagedTail> damagedTail) {
    }

    /** Scans the chunks of {@code channel}, a file of {@code version} whose magic has been read. */
    static Scan scan(FileChannel channel, StreamVersion version) throws IOException {
        long fileSize = channel.size();
        FrameIndex index = new FrameIndex(version);
        HeaderWindow headers = new HeaderWindow(channel);
        long position = StreamVersion.MAGIC_LENGTH;
        while (position < fileSize) {
            try {
                index.add(position, readChunk(headers, version, position, fileSize));
            } catch (StreamFormatException damage) {
                return new Scan(index, Optional.of(new DamagedTail(position, fileSize - position, damage.reason())));
            }
            position = index.end();
        }
        return new Scan(index, Optional.empty());
    }

    /**
     * Reads the magic at the start of {@code channel}.
     *
     * @param channel the file, read from position 0
     * @return the file's version
     * @throws StreamFormatException at offset 0 if the file is too short, has a bad magic or
     *     an unknown version
     * @throws IOException if reading fails
     */
    public static StreamVersion readVersion(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < StreamVersion.MAGIC_LENGTH) {
            throw new StreamFormatException(0, "file of " + size + " bytes is shorter than the "
                    + StreamVersion.MAGIC_LENGTH + "-byte header");
        }
        byte[] magic = new byte[StreamVersion.MAGIC_LENGTH];
        if (ChannelIo.read(channel, ByteBuffer.wrap(magic), 0) < magic.length) {
            throw new StreamFormatException(0, "file shrank below the " + StreamVersion.MAGIC_LENGTH
                    + "-byte header while being opened");
        }
        return StreamVersion.ofMagic(magic)
                .orElseThrow(() -> new StreamFormatException(0, StreamVersion.whyNotAMagic(magic)));
    }

    /**
     * Reads and checks the chunk header at {@code position}: a whole frame must follow it.
     *
     * @param headers the file's header window
     * @param version the file's version
     * @param position where the chunk starts
     * @param fileSize the file's size
     * @return the header
     * @throws StreamFormatException at {@code position} if the header is cut short or out of
     *     range, or the frame's data runs past {@code fileSize}
     * @throws IOException if reading fails
     */
    public static ChunkHeader readChunk(HeaderWindow headers, StreamVersion version, long position, long fileSize)
            throws IOException {
        int size = version.headerSize();
        ByteBuffer header = headers.at(position, size);
        if (header.remaining() < size) {
            throw new StreamFormatException(position,
                    "chunk header cut short: " + header.remaining() + " of " + size + " bytes");
        }
        ChunkHeader chunk = ChunkHeader.decode(version, header, position);
        long available = fileSize - position - size;
        if (chunk.dataSize() > available) {
            throw new StreamFormatException(position,
                    "frame data cut short: " + available + " of " + chunk.dataSize() + " bytes");
        }
        return chunk;
    }
}
