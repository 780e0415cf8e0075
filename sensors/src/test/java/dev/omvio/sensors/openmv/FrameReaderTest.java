package dev.omvio.sensors.openmv;

import dev.omvio.image.PixelFormat;
import dev.omvio.sensors.openmv.protocol.Bytes;
import dev.omvio.sensors.openmv.protocol.Caps;
import dev.omvio.sensors.openmv.protocol.ChannelInfo;
import dev.omvio.sensors.openmv.protocol.DeviceChannel;
import dev.omvio.sensors.openmv.protocol.DeviceSession;
import dev.omvio.sensors.openmv.protocol.HostSession;
import dev.omvio.sensors.openmv.protocol.SocketLink;
import dev.omvio.stream.StreamClock;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reads a pipelined frame reader asks for, against a device whose stream always has a frame
 * ready (so every lock succeeds at the first try): the first frame read at its size, then each
 * frame read with the last frame's size, which the device refuses when it is longer than the
 * frame (as the firmware's stream {@code readp} does) and which leaves the rest to read when it
 * is shorter.
 */
class FrameReaderTest {
    private static final int STREAM = 3;

    @Test
    void guessedReadsAreRefusedWhenTooLongAndCompletedWhenTooShort() throws Exception {
        List<byte[]> frames = List.of(frame(16, 12, 1), frame(8, 6, 2), frame(8, 6, 3), frame(32, 24, 4));
        Stream stream = new Stream(frames);
        List<byte[]> got = new ArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread device = new Thread(() -> {
                try (Socket s = server.accept()) {
                    new DeviceSession(new SocketLink(s), List.of(stream), Caps.DEFAULT, new byte[16], new byte[76],
                            3, 500).serve();
                } catch (IOException ignored) {
                    // the test's host reports what went wrong
                }
            });
            device.start();
            HostSession.Options noChecks = new HostSession.Options(2000, 1,
                    new Caps(false, true, false, true, Caps.DEFAULT_MAX_PAYLOAD));
            try (HostSession session = new HostSession(SocketLink.connect("127.0.0.1", server.getLocalPort(), 2000),
                    noChecks)) {
                DeferredSend send = new DeferredSend(session, DeferredSend.DELAY_NANOS, DeferredSend.IDLE_NANOS);
                FrameReader reader = new FrameReader(send, StreamClock.SYSTEM, STREAM, 2000, 1 << 20, true);
                for (int i = 0; i < frames.size(); i++) {
                    StreamFrame f = reader.next();
                    got.add(Arrays.copyOf(reader.buffer(), f.offset() + f.length()));
                }
                send.close();
            }
            device.join(5000);
        }
        assertThat(got).containsExactlyElementsOf(frames);
        // Sizes: 212, 68, 68, 788 bytes (a 20-byte header, then width x height grey pixels).
        assertThat(stream.reads).containsExactly(
                "0+212",                // the first frame: SIZE's answer, then the read
                "0+212 refused", "0+68", // shorter than the guess: refused, read at its size
                "0+68",                 // the same size: one round trip
                "0+68", "68+720");      // longer than the guess: the rest read
    }

    private static byte[] frame(int width, int height, int seed) {
        byte[] b = new byte[StreamFrame.HEADER_SIZE + width * height];
        Bytes.putInt(b, 0, width);
        Bytes.putInt(b, 4, height);
        Bytes.putInt(b, 8, PixelFormat.GRAYSCALE.code());
        Bytes.putInt(b, 12, 1);
        Bytes.putInt(b, 16, StreamFrame.HEADER_SIZE);
        for (int i = StreamFrame.HEADER_SIZE; i < b.length; i++) {
            b[i] = (byte) (i * seed + 3);
        }
        return b;
    }

    /** A stream channel that always has the next frame of a list ready; it records every read. */
    private static final class Stream extends DeviceChannel {
        private final List<byte[]> frames;
        final List<String> reads = new ArrayList<>();
        private int at;
        private boolean locked;

        Stream(List<byte[]> frames) {
            super(STREAM, ChannelInfo.READ | ChannelInfo.LOCK | ChannelInfo.STREAM, "stream");
            this.frames = frames;
        }

        @Override
        public boolean lock() {
            if (locked || at == frames.size()) {
                return false;
            }
            locked = true;
            return true;
        }

        @Override
        public void unlock(boolean byHost) {
            if (locked && byHost) {
                at++;
            }
            locked = false;
        }

        @Override
        public long size() {
            return at < frames.size() ? frames.get(at).length : 0;
        }

        @Override
        public byte[] read(long offset, int length) {
            byte[] frame = frames.get(at);
            boolean refused = offset + length > frame.length;
            reads.add(offset + "+" + length + (refused ? " refused" : ""));
            return refused ? null : Arrays.copyOfRange(frame, (int) offset, (int) offset + length);
        }
    }
}
