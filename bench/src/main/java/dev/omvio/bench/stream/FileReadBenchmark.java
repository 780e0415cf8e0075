package dev.omvio.bench.stream;

import dev.omvio.bench.fixture.StreamFiles;
import dev.omvio.image.Image;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * Case 1: reading the frames of a file one after another (warm page cache), through omvio with
 * {@code read(copyToFb=true, loop=true, pause=false)}, against positional {@link FileChannel}
 * reads of the same frame bytes into one reused heap buffer (what a user would write by hand).
 * Case 4 runs {@link #omvioRead()} again under JMH's GC profiler.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FileReadBenchmark {
    private static final int FRAMES = 64;

    @Param({"QVGA_RGB565", "VGA_GRAYSCALE"})
    public RawFrames frames;

    private StreamFiles files;
    private ImageStream stream;
    private FileChannel channel;
    private long[] dataOffsets;
    private ByteBuffer target;
    private int next;

    @Setup
    public void setUp() throws IOException {
        files = StreamFiles.create();
        Image frame = frames.frame();
        Path file = files.write("sequential.bin", frame, FRAMES);
        stream = ImageStreams.open(file, "r");
        dataOffsets = new long[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            dataOffsets[i] = stream.frameInfo(i).offset() + StreamFiles.HEADER_SIZE;
        }
        channel = FileChannel.open(file, StandardOpenOption.READ);
        target = ByteBuffer.allocate(frame.dataSize());
    }

    @TearDown
    public void tearDown() throws IOException {
        stream.close();
        channel.close();
        files.close();
    }

    @Benchmark
    public Image omvioRead() throws IOException {
        return stream.read(true, true, false).orElseThrow();
    }

    @Benchmark
    public ByteBuffer fileChannelRead() throws IOException {
        long position = dataOffsets[next];
        next = (next + 1) % FRAMES;
        target.clear();
        while (target.hasRemaining()) {
            int read = channel.read(target, position);
            if (read < 0) {
                throw new IOException("file ends at " + position);
            }
            position += read;
        }
        return target;
    }
}
