package dev.omvio.core.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Makes a stream file end exactly after the padding of its last whole frame, so that frames
 * can be added after it: a damaged tail is cut off, and padding the camera never got to write
 * is restored.
 */
final class TailCutter {
    private TailCutter() {
    }

    /** Cuts or pads the file behind {@code channel} to {@code index.end()}. */
    static void cutAfterLastFrame(FileChannel channel, FrameIndex index) throws IOException {
        long end = index.end();
        long size = channel.size();
        if (size > end) {
            channel.truncate(end);
        } else if (size < end) {
            // only the last frame's padding can be missing: fewer than 16 zero bytes
            ChannelIo.write(channel, ByteBuffer.allocate((int) (end - size)), size);
        }
    }
}
