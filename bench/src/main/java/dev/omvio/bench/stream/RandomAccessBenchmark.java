package dev.omvio.bench.stream;

import dev.omvio.bench.baseline.FirmwareHeaderWalk;
import dev.omvio.bench.fixture.Frames;
import dev.omvio.bench.fixture.Resolution;
import dev.omvio.bench.fixture.StreamFiles;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
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
 * Case 2: {@code seek(frame)} and one read in a file of {@value #FRAMES} QQVGA greyscale frames,
 * through omvio and through a firmware-style header walk.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RandomAccessBenchmark {
    static final int FRAMES = 10_000;

    @Param({"1", "9999"})
    public int frame;

    private StreamFiles files;
    private ImageStream stream;
    private FileChannel channel;
    private FirmwareHeaderWalk walk;
    private ByteBuffer target;

    @Setup
    public void setUp() throws IOException {
        files = StreamFiles.create();
        Path file = writeFile(files);
        stream = ImageStreams.open(file, "r");
        channel = FileChannel.open(file, StandardOpenOption.READ);
        walk = new FirmwareHeaderWalk(channel);
        target = ByteBuffer.allocate(Math.toIntExact(stream.frameInfo(0).dataSize()));
    }

    /** The stream file both random-access benchmarks read. */
    static Path writeFile(StreamFiles files) throws IOException {
        Image frame = Frames.of(Resolution.QQVGA, PixelFormat.GRAYSCALE);
        return files.write("random-access.bin", frame, FRAMES);
    }

    @TearDown
    public void tearDown() throws IOException {
        stream.close();
        channel.close();
        files.close();
    }

    @Benchmark
    public Image omvioSeekRead() throws IOException {
        return stream.seek(frame).read(true, false, false).orElseThrow();
    }

    @Benchmark
    public ByteBuffer firmwareWalkSeekRead() throws IOException {
        return walk.seekAndRead(frame, target);
    }

}
