package dev.omvio.sensors.openmv.emulator;

import dev.omvio.image.Image;
import dev.omvio.sensor.Sensor;
import dev.omvio.sensors.openmv.protocol.Bytes;
import dev.omvio.sensors.openmv.protocol.ChannelInfo;
import dev.omvio.sensors.openmv.protocol.DeviceChannel;

import java.io.IOException;
import java.util.ArrayDeque;

/**
 * The {@code stream} channel (id 3), as the firmware's frame buffer channel: once the host
 * switches streaming on (ioctl STREAM_CTRL), each frame of the sensor is laid in the stream
 * buffer as a 20-byte header (width, height, pixel format code, depth, offset of the data,
 * 32 bits each) followed by the frame's bytes, JPEG or raw, as the sensor made them; the host
 * locks the channel (BUSY while no frame is ready), reads its size and bytes, and unlocks it,
 * which frees the buffer for the next frame. The frames are the sensor's own images
 * ({@code snapshot(false)}), held as they are; a read of a whole frame lays it out once in the
 * wire form of the READ answer's packets ({@link LaidOutFrame}), the one copy of its bytes the
 * emulator makes.
 *
 * <p>Unlike a camera, which overwrites a frame the host has not taken with a newer one, the
 * emulator holds at most {@link #AHEAD} frames besides the one offered (taken from its sensor
 * while the host reads), so that a host receives every frame; the sensor's own clock paces the
 * frames. Once it holds {@code AHEAD}, the producer thread sleeps until the host has read them
 * down to {@link #REFILL} and then takes several in a row: waking a thread is a system call and
 * a context switch, so a fast sensor costs one wake-up per seven frames, not one per frame (the
 * price: up to nine frames in memory, 37 MB of 1080p RGB565). A
 * resynchronisation releases the lock but keeps a frame the host had not read whole.
 */
final class StreamChannel extends DeviceChannel {
    /** Bytes of the header before the frame's data. */
    static final int HEADER_SIZE = LaidOutFrame.HEADER_SIZE;
    static final int STREAM_CTRL = 0;
    static final int STREAM_RAW_CTRL = 1;
    static final int STREAM_RAW_CFG = 2;
    /** The most frames taken from the sensor ahead of the one offered. */
    static final int AHEAD = 8;
    /** How few frames ahead wake the producer to take more. */
    static final int REFILL = 1;
    /** How long a lock waits for the producer's next frame before it is refused (BUSY). */
    static final long LOCK_WAIT_NANOS = 1_000_000;

    private final Sensor sensor;
    private final Object monitor = new Object();
    private Taken frame; // the frame offered; null while none is ready
    // The frames after it, taken from the sensor while the host reads: several, so that a
    // producer thread the scheduler runs late seldom leaves the host without a frame to lock.
    private final ArrayDeque<Taken> next = new ArrayDeque<>(AHEAD);
    private final LaidOutFrame.Pair laidOut = new LaidOutFrame.Pair();
    private int readPayload; // the max payload of the last read of a whole frame, 0 before it
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

    // A frame as taken from the sensor: each one its own object, even if the sensor handed out
    // the same image twice, so that each is laid out anew.
    private record Taken(Image image) {
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
                // Owned frames, not the sensor's one frame buffer: they are held until the host has
                // read them, and laid out in packets once, just before or at their read.
                Taken taken = new Taken(sensor.snapshot(false));
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
            return frame == null ? 0 : HEADER_SIZE + frame.image().dataSize();
        }
    }

    @Override
    public int[] shape() {
        synchronized (monitor) {
            if (frame == null) {
                return new int[] {0};
            }
            Image image = frame.image();
            return image.format().isCompressed() ? new int[] {image.dataSize()}
                    : new int[] {image.width(), image.height(), image.format().bytesPerPixel()};
        }
    }

    // A read of the whole frame: laid out in packets of the session's size once (the one copy of
    // its bytes the emulator makes), in arrays the producer never touches.
    @Override
    public byte[] readLaidOut(long offset, int length, int maxPayload) {
        synchronized (monitor) {
            if (frame == null || offset != 0 || length != HEADER_SIZE + frame.image().dataSize()) {
                return null;
            }
            readPayload = maxPayload;
            return laidOut.offered(frame, frame.image(), maxPayload);
        }
    }

    // While the host takes the offered frame, the next one is laid out for the packets the last
    // whole frame went in: its read then starts at once.
    @Override
    public void idle() {
        synchronized (monitor) {
            Taken upcoming = next.peek();
            if (upcoming != null && readPayload > 0) {
                laidOut.upcoming(upcoming, upcoming.image(), readPayload);
            }
        }
    }

    @Override
    public byte[] read(long offset, int length) {
        synchronized (monitor) {
            if (frame == null || offset + length > HEADER_SIZE + frame.image().dataSize()) {
                return null;
            }
            byte[] bytes = new byte[length];
            int at = (int) offset;
            int fromHeader = Math.max(0, Math.min(length, HEADER_SIZE - at));
            System.arraycopy(LaidOutFrame.header(frame.image()), Math.min(at, HEADER_SIZE), bytes, 0, fromHeader);
            frame.image().data().get(Math.max(0, at - HEADER_SIZE), bytes, fromHeader, length - fromHeader);
            return bytes;
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
                        laidOut.clear();
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
