package dev.omvio.bench.stream;

import dev.omvio.bench.fixture.StreamFiles;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Case 2, reported: what omvio pays once, at open, to index the file of
 * {@link RandomAccessBenchmark} that makes its seeks O(1).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StreamOpenBenchmark {
    private StreamFiles files;
    private Path file;

    @Setup
    public void setUp() throws IOException {
        files = StreamFiles.create();
        file = RandomAccessBenchmark.writeFile(files);
    }

    @TearDown
    public void tearDown() {
        files.close();
    }

    @Benchmark
    public int omvioOpen() throws IOException {
        try (ImageStream opened = ImageStreams.open(file, "r")) {
            return opened.count();
        }
    }
}
