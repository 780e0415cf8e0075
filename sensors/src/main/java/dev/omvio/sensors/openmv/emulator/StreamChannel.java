package dev.omvio.sensors.openmv.emulator;

import dev.omvio.image.Image;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensors.openmv.protocol.Bytes;
import dev.omvio.sensors.openmv.protocol.ChannelInfo;
import dev.omvio.sensors.openmv.protocol.DeviceChannel;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The {@code stream} channel (id 3), as the firmware's frame buffer channel: once the host
 * switches streaming on (ioctl STREAM_CTRL), each frame of the sensor is laid in the stream
 * buffer as a 20-byte header (width, height, pixel format code, depth, offset of the data,
 * 32 bits each) followed by the frame's bytes, JPEG or raw, as the sensor made them; the host
 * locks the channel (BUSY while no frame is ready), reads its size and bytes, and unlocks it,
 * which frees the buffer for the next frame.
 *
 * <p>Unlike a camera, which overwrites a frame the host has not taken with a newer one, the
 * emulator holds at most {@link #AHEAD} frames besides the one offered (taken from its sensor
 * while the host reads), so that a host receives every frame; the sensor's own clock paces the
 * frames. Once it holds {@code AHEAD}, the producer thread sleeps until the host has read them
 * down to {@link #REFILL} and then takes several in a row: waking a thread is a system call and
 * a context switch, so a fast sensor costs one wake-up per few frames, not one per frame. A
 * resynchronisation releases the lock but keeps a frame the host had not read whole.
 */
final class StreamChannel extends DeviceChannel {
    /** Bytes of the header before the frame's data. */
    static final int HEADER_SIZE = 20;
    static final int STREAM_CTRL = 0;
    static final int STREAM_RAW_CTRL = 1;
    static final int STREAM_RAW_CFG = 2;
    /** The most frames taken from the sensor ahead of the one offered. */
    static final int AHEAD = 4;
    /** How few frames ahead wake the producer to take more. */
    static final int REFILL = 1;
    /** How long a lock waits for the producer's next frame before it is refused (BUSY). */
    static final long LOCK_WAIT_NANOS = 1_000_000;

    private final Sensor sensor;
    private final Object monitor = new Object();
    private byte[] frame; // header + data; null while none is ready
    // The frames after it, taken from the sensor while the host reads: several, so that a
    // producer thread the scheduler runs late seldom leaves the host without a frame to lock.
    private final ArrayDeque<byte[]> next = new ArrayDeque<>(AHEAD);
    private final ArrayDeque<byte[]> spares = new ArrayDeque<>(AHEAD); // released frames' arrays, for reuse
    private boolean refilling = true; // the producer takes frames until AHEAD wait
    private boolean enabled;
    private boolean locked;
    private boolean delivered;
    private IOException failure;
    private Thread producer;

    StreamChannel(Sensor sensor) {
        super(3, ChannelInfo.READ | ChannelInfo.LOCK | ChannelInfo.STREAM, "stream");
        this.sensor = sensor;
    }

    /** The stream buffer's bytes for {@code image}: the header, then the data; in {@code spare} if it has the length. */
    static byte[] layout(Image image, byte[] spare) {
        int n = image.dataSize();
        byte[] b = spare != null && spare.length == HEADER_SIZE + n ? spare : new byte[HEADER_SIZE + n];
        int depth = image.format().isCompressed() ? n : image.format().bytesPerPixel();
        Bytes.putInt(b, 0, image.width());
        Bytes.putInt(b, 4, image.height());
        Bytes.putInt(b, 8, image.format().code());
        Bytes.putInt(b, 12, depth);
        Bytes.putInt(b, 16, HEADER_SIZE);
        image.copyTo(b, HEADER_SIZE);
        return b;
    }

    /** Starts taking frames from the sensor once streaming is on. */
    void start() {
        producer = new Thread(this::produce, "omvio-emulator-stream");
        producer.setDaemon(true);
        producer.start();
    }

    /** Stops taking frames, waiting for the sensor to be let go. */
    void stop() {
        if (producer != null) {
            producer.interrupt();
            try {
                producer.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Why the sensor stopped giving frames, or null. */
    IOException failure() {
        synchronized (monitor) {
            return failure;
        }
    }

    private void produce() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                synchronized (monitor) {
                    while (!wantsFrames()) {
                        monitor.wait();
                    }
                }
                // The frame is copied out at once, so the sensor's reused frame buffer will do.
                Image image = sensor.snapshot(true);
                byte[] spare;
                synchronized (monitor) {
                    spare = spares.poll();
                }
                byte[] taken = layout(image, spare);
                synchronized (monitor) {
                    if (frame == null) {
                        frame = taken;
                        delivered = false;
                        monitor.notifyAll(); // a lock may be waiting for it
                    } else {
                        next.add(taken);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            synchronized (monitor) {
                failure = e;
            }
        }
    }

    // Under the monitor: whether the producer takes a frame now, AHEAD being the high mark and
    // REFILL the low one.
    private boolean wantsFrames() {
        refilling = next.size() < AHEAD && (refilling || next.size() <= REFILL);
        return enabled && refilling;
    }

    @Override
    public boolean poll() {
        synchronized (monitor) {
            return frame != null;
        }
    }

    @Override
    public boolean lock() {
        synchronized (monitor) {
            awaitFrame();
            if (frame == null || locked) {
                return false;
            }
            locked = true;
            return true;
        }
    }

    // The producer thread stands in for the camera's frame pipeline: on a loaded machine it may
    // not have run since the last unlock, so a lock waits for it a little before it is refused.
    private void awaitFrame() {
        long deadline = System.nanoTime() + LOCK_WAIT_NANOS;
        try {
            for (long left = LOCK_WAIT_NANOS; frame == null && enabled && !locked && failure == null && left > 0;
                    left = deadline - System.nanoTime()) {
                monitor.wait(left / 1_000_000, (int) (left % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void unlock(boolean byHost) {
        synchronized (monitor) {
            if (locked && (byHost || delivered)) {
                if (spares.size() < AHEAD) {
                    spares.add(frame); // sent whole already: the session answers one command at a time
                }
                frame = next.poll();
                delivered = false;
                if (!refilling && next.size() <= REFILL) {
                    monitor.notifyAll(); // the producer sleeps until then
                }
            }
            locked = false;
        }
    }

    @Override
    public long size() {
        synchronized (monitor) {
            return frame == null ? 0 : frame.length;
        }
    }

    @Override
    public int[] shape() {
        synchronized (monitor) {
            if (frame == null) {
                return new int[] {0};
            }
            int format = Bytes.getInt(frame, 8);
            boolean compressed = (format & (1 << 25)) != 0;
            return compressed ? new int[] {frame.length - HEADER_SIZE}
                    : new int[] {Bytes.getInt(frame, 0), Bytes.getInt(frame, 4), Bytes.getInt(frame, 12)};
        }
    }

    @Override
    public byte[] read(long offset, int length) {
        synchronized (monitor) {
            if (frame == null || offset + length > frame.length) {
                return null;
            }
            // A laid-out frame is never changed, so the whole of it goes out as it is.
            return offset == 0 && length == frame.length ? frame
                    : Arrays.copyOfRange(frame, (int) offset, (int) offset + length);
        }
    }

    @Override
    public void delivered() {
        synchronized (monitor) {
            delivered = locked;
        }
    }

    @Override
    public boolean ioctl(int request, byte[] args) {
        synchronized (monitor) {
            switch (request) {
                case STREAM_CTRL -> {
                    if (args.length != 4) {
                        return false;
                    }
                    enabled = Bytes.getInt(args, 0) != 0;
                    locked = false;
                    if (!enabled) {
                        frame = null;
                        next.clear();
                    }
                    monitor.notifyAll();
                    return true;
                }
                case STREAM_RAW_CTRL -> {
                    return args.length == 4; // frames are always sent as the sensor makes them
                }
                case STREAM_RAW_CFG -> {
                    return args.length == 8;
                }
                default -> {
                    return false;
                }
            }
        }
    }
}
