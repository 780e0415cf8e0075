package dev.omvio.sensors.openmv.emulator;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.FrameSize;
import dev.omvio.sensor.SensorCapabilities;
import dev.omvio.sensor.spi.AbstractSensor;
import dev.omvio.sensor.spi.SensorDefaults;
import dev.omvio.sensors.openmv.protocol.Bytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
