package dev.omvio.bench.codec;

import dev.omvio.bench.fixture.StreamFiles;
import dev.omvio.bench.stream.RawFrames;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageInputStreamSpi;

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
 * Case 7: {@code ImageIO.read(File)} of a one-frame stream file through omvio's javax.imageio
 * bridge, against the same call on a PNG file holding the same pixels (the JDK's PNG reader).
 * Set-up checks that both return the same samples.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BridgeReadBenchmark {
    @Param({"QVGA_RGB565", "VGA_GRAYSCALE"})
    public RawFrames frames;

    private StreamFiles files;
    private File streamFile;
    private File pngFile;

    @Setup
    public void setUp() throws IOException {
        ImageIO.setUseCache(false);
        useTheJdksFileStreams();
        files = StreamFiles.create();
        try {
            writeFiles();
        } catch (IOException | RuntimeException e) { // JMH skips the tear-down of a failed set-up
            files.close();
            throw e;
        }
    }

    private void writeFiles() throws IOException {
        Image frame = frames.frame();
        Path stream = files.write("one-frame.bin", frame, 1);
        streamFile = stream.toFile();
        pngFile = stream.resolveSibling("same-pixels.png").toFile();
        if (!ImageIO.write(PixelCodecs.toBufferedImage(frame), "png", pngFile)) {
            throw new IllegalStateException("the JDK has no PNG writer");
        }
        BufferedImage viaBridge = ImageIO.read(streamFile);
        if (viaBridge == null) {
            throw new IllegalStateException("ImageIO reads no OMV stream file: omvio-bridge-javax is not on the class path");
        }
        if (!Arrays.equals(samples(viaBridge), samples(ImageIO.read(pngFile)))) {
            throw new IllegalStateException("the bridge and the PNG reader return different pixels");
        }
    }

    // TwelveMonkeys (on this class path for case 6) puts its own file ImageInputStream in front
    // of the JDK's; this case measures the JDK's ImageIO as a user without it has it.
    private static void useTheJdksFileStreams() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        List<ImageInputStreamSpi> replacements = new ArrayList<>();
        registry.getServiceProviders(ImageInputStreamSpi.class, false).forEachRemaining(replacements::add);
        for (ImageInputStreamSpi spi : replacements) {
            if (spi.getClass().getName().startsWith("com.twelvemonkeys.")) {
                registry.deregisterServiceProvider(spi, ImageInputStreamSpi.class);
            }
        }
    }

    private static int[] samples(BufferedImage image) {
        return image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null);
    }

    @TearDown
    public void tearDown() {
        files.close();
    }

    @Benchmark
    public BufferedImage omvioBridge() throws IOException {
        return ImageIO.read(streamFile);
    }

    @Benchmark
    public BufferedImage jdkPng() throws IOException {
        return ImageIO.read(pngFile);
    }
}
