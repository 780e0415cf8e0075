package dev.omvio.bench.stream;

import dev.omvio.image.Image;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Case 3: writing frames into, and reading them out of, a memory stream of {@value #SLOTS}
 * slots, against a plain {@code System.arraycopy} of the same bytes into as many arrays.
 * Case 4 runs {@link #omvioRead()} again under JMH's GC profiler.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MemoryStreamBenchmark {
    private static final int SLOTS = 8;

    @Param({"QVGA_RGB565", "VGA_GRAYSCALE"})
    public RawFrames frames;

    private Image frame;
    private byte[] frameBytes;
    private byte[][] copies;
    private ImageStream writeStream;
    private ImageStream readStream;
    private int next;

    @Setup
    public void setUp() throws IOException {
        frame = frames.frame();
        frameBytes = frame.toByteArray();
        copies = new byte[SLOTS][frameBytes.length];
        writeStream = ImageStreams.allocate(frames.width(), frames.height(), frames.format(), SLOTS);
        readStream = ImageStreams.allocate(frames.width(), frames.height(), frames.format(), SLOTS);
        for (int i = 0; i < SLOTS; i++) {
            readStream.write(frame, 0);
        }
        readStream.seek(0);
    }

    @TearDown
    public void tearDown() throws IOException {
        writeStream.close();
        readStream.close();
    }

    @Benchmark
    public ImageStream omvioWrite() throws IOException {
        if (writeStream.offset() == SLOTS) {
            writeStream.seek(0);
        }
        return writeStream.write(frame, 0);
    }

    @Benchmark
    public Image omvioRead() throws IOException {
        return readStream.read(true, true, false).orElseThrow();
    }

    @Benchmark
    public byte[] plainCopy() {
        byte[] copy = copies[next];
        next = (next + 1) % SLOTS;
        System.arraycopy(frameBytes, 0, copy, 0, frameBytes.length);
        return copy;
    }
}
