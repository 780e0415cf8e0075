package dev.omvio.sensors.openmv.emulator;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.SensorCapabilities;
import dev.omvio.sensor.spi.AbstractSensor;
import dev.omvio.sensor.spi.SensorDefaults;
import dev.omvio.sensors.openmv.protocol.Bytes;
import dev.omvio.sensors.openmv.protocol.PacketLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The stream channel's frame queue: every frame delivered in order, the producer woken by marks. */
class StreamChannelTest {
    private final CountingSensor sensor = new CountingSensor();
    private final StreamChannel channel = new StreamChannel(sensor);

    @AfterEach
    void stop() {
        channel.stop();
    }

    @Test
    void takesAheadFramesThenSleepsUntilTheHostHasReadDownToTheRefillMark() throws Exception {
        channel.start();
        assertThat(channel.ioctl(StreamChannel.STREAM_CTRL, streamOn())).isTrue();
        // The offered frame and AHEAD more, then nothing until the host reads.
        awaitSnapshots(1 + StreamChannel.AHEAD);
        int frame = 0;
        for (; frame < StreamChannel.AHEAD - StreamChannel.REFILL - 1; frame++) {
            assertThat(readFrameNumber()).isEqualTo(frame);
        }
        assertThat(sensor.snapshots.get()).isEqualTo(1 + StreamChannel.AHEAD);
        // One more read leaves REFILL ahead: the producer takes frames until AHEAD wait again.
        assertThat(readFrameNumber()).isEqualTo(frame++);
        awaitSnapshots(1 + StreamChannel.AHEAD + frame);
        for (int end = frame + 20; frame < end; frame++) {
            assertThat(readFrameNumber()).isEqualTo(frame);
        }
    }

    @Test
    void aWholeFrameIsLaidOutInTheReadAnswersPacketsAndPartsAreReadAsTheyLie() throws Exception {
        channel.start();
        assertThat(channel.ioctl(StreamChannel.STREAM_CTRL, streamOn())).isTrue();
        while (!channel.lock()) {
            Thread.onSpinWait();
        }
        // Frame 0: the header (4, 2, GRAYSCALE, 1 byte a pixel, data at 20), then 8 pixels whose
        // first four bytes are the frame's number, 0.
        byte[] expected = new byte[28];
        int[] header = {4, 2, PixelFormat.GRAYSCALE.code(), 1, 20};
        for (int i = 0; i < header.length; i++) {
            Bytes.putInt(expected, 4 * i, header[i]);
        }
        assertThat(channel.size()).isEqualTo(28);
        assertThat(channel.read(0, 28)).isEqualTo(expected);
        assertThat(channel.read(18, 6)).isEqualTo(Arrays.copyOfRange(expected, 18, 24));
        // Packets of 16 bytes: two, the second holding bytes 16..27.
        byte[] laid = channel.readLaidOut(0, 28, 16);
        byte[] payloads = new byte[28];
        PacketLayout.get(laid, 0, payloads, 0, 28, 16);
        assertThat(payloads).isEqualTo(expected);
        assertThat(Arrays.copyOfRange(laid, 10, 26)).isEqualTo(Arrays.copyOfRange(expected, 0, 16));
        assertThat(Arrays.copyOfRange(laid, 40, 52)).isEqualTo(Arrays.copyOfRange(expected, 16, 28));
        assertThat(channel.readLaidOut(0, 27, 16)).as("not the whole frame").isNull();
        assertThat(channel.readLaidOut(1, 27, 16)).as("not from its start").isNull();
    }

    @Test
    void theNextFrameLaidOutWhileTheSessionWaitsIsTheOneReadAfterTheUnlock() throws Exception {
        channel.start();
        assertThat(channel.ioctl(StreamChannel.STREAM_CTRL, streamOn())).isTrue();
        awaitSnapshots(1 + StreamChannel.AHEAD);
        for (int frame = 0; frame <= StreamChannel.AHEAD; frame++) { // the frames taken already
            assertThat(channel.lock()).isTrue();
            byte[] payloads = new byte[28];
            PacketLayout.get(channel.readLaidOut(0, 28, 16), 0, payloads, 0, 28, 16);
            assertThat(Bytes.getInt(payloads, StreamChannel.HEADER_SIZE)).isEqualTo(frame);
            channel.idle(); // lays out frame + 1 while frame is still offered
            assertThat(Bytes.getInt(channel.read(0, 28), StreamChannel.HEADER_SIZE)).isEqualTo(frame);
            channel.unlock(true);
        }
    }

    // Lock, read the whole frame, unlock: the number the sensor wrote in the frame's first bytes.
    private int readFrameNumber() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!channel.lock()) {
            assertThat(System.nanoTime()).as("a frame to lock").isLessThan(deadline);
        }
        int number = Bytes.getInt(channel.read(0, (int) channel.size()), StreamChannel.HEADER_SIZE);
        channel.unlock(true); // its array may now be reused for a later frame
        return number;
    }

    private void awaitSnapshots(int n) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (sensor.snapshots.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        Thread.sleep(50); // a producer that took one too many would have done so by now
        assertThat(sensor.snapshots.get()).isEqualTo(n);
    }

    private static byte[] streamOn() {
        byte[] on = new byte[4];
        Bytes.putInt(on, 0, 1);
        return on;
    }

    /** Frames of 4x2 greyscale pixels whose first four bytes count the snapshots, from 0. */
    private static final class CountingSensor extends AbstractSensor {
        final AtomicInteger snapshots = new AtomicInteger();

        CountingSensor() {
            super("counting", new SensorCapabilities(EnumSet.of(PixelFormat.GRAYSCALE), Set.of(),
                    new FrameSize(4, 2), 0), new SensorDefaults(PixelFormat.GRAYSCALE, new FrameSize(4, 2), 0, 0.0, 0));
        }

        @Override
        protected Image capture(boolean copyToFb) {
            byte[] pixels = new byte[8];
            Bytes.putInt(pixels, 0, snapshots.getAndIncrement());
            return Image.of(4, 2, PixelFormat.GRAYSCALE, pixels);
        }
    }
}
