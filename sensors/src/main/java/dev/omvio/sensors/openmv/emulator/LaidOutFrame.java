package dev.omvio.sensors.openmv.emulator;

import dev.omvio.image.Image;
import dev.omvio.sensors.openmv.protocol.Bytes;
import dev.omvio.sensors.openmv.protocol.PacketLayout;

/**
 * A stream frame as a READ of the whole of it is answered: the stream header and the frame's
 * bytes laid out in the wire form of the answer's packets ({@link PacketLayout}), in an array
 * reused from frame to frame. Which frame it holds is told by identity: each frame the stream
 * channel takes is laid out on its own, even if its sensor handed out the same image twice.
 */
final class LaidOutFrame {
    /** Bytes of the stream header before the frame's data. */
    static final int HEADER_SIZE = 20;

    private byte[] wire = new byte[0];
    private Object frame; // what is laid out, null for nothing
    private int payload;

    /** {@return whether {@code frame} is laid out here for packets of {@code maxPayload} bytes} */
    boolean holds(Object frame, int maxPayload) {
        return frame != null && this.frame == frame && payload == maxPayload;
    }

    /**
     * Lays a frame out, unless it is already.
     *
     * @param frame what the image is taken for, told apart from others by identity
     * @param image the frame's pixels
     * @param maxPayload the packets' max payload
     * @return the array the frame is laid out in, from index 0
     */
    byte[] layOut(Object frame, Image image, int maxPayload) {
        if (!holds(frame, maxPayload)) {
            int size = PacketLayout.wireSize(HEADER_SIZE + image.dataSize(), maxPayload);
            wire = wire.length >= size ? wire : new byte[size];
            PacketLayout.put(wire, 0, header(image), 0, HEADER_SIZE, maxPayload);
            PacketLayout.put(wire, HEADER_SIZE, image.data(), image.dataSize(), maxPayload);
            this.frame = frame;
            this.payload = maxPayload;
        }
        return wire;
    }

    /** Forgets the frame laid out; the array is kept for the next. */
    void clear() {
        frame = null;
    }

    /** {@return the stream header of {@code image}: width, height, pixel format code, depth, data offset} */
    static byte[] header(Image image) {
        byte[] b = new byte[HEADER_SIZE];
        Bytes.putInt(b, 0, image.width());
        Bytes.putInt(b, 4, image.height());
        Bytes.putInt(b, 8, image.format().code());
        Bytes.putInt(b, 12, image.format().isCompressed() ? image.dataSize() : image.format().bytesPerPixel());
        Bytes.putInt(b, 16, HEADER_SIZE);
        return b;
    }

    /**
     * A READ of the whole frame laid out twice over, for the frame offered and the one after it:
     * the session lays out the next frame while it waits for the host, who is then still taking
     * the offered one, and the two swap when the offered one is released.
     */
    static final class Pair {
        private LaidOutFrame offered = new LaidOutFrame();
        private LaidOutFrame upcoming = new LaidOutFrame();

        /** {@return the offered frame laid out, from the upcoming one if it is there} */
        byte[] offered(Object frame, Image image, int maxPayload) {
            if (!offered.holds(frame, maxPayload) && upcoming.holds(frame, maxPayload)) {
                LaidOutFrame swap = offered;
                offered = upcoming;
                upcoming = swap;
            }
            return offered.layOut(frame, image, maxPayload);
        }

        /** Lays the frame after the offered one out ahead of its read. */
        void upcoming(Object frame, Image image, int maxPayload) {
            if (!offered.holds(frame, maxPayload)) {
                upcoming.layOut(frame, image, maxPayload);
            }
        }

        /** Forgets both frames. */
        void clear() {
            offered.clear();
            upcoming.clear();
        }
    }
}
