package dev.omvio.bench.codec;

import dev.omvio.bench.fixture.Frames;
import dev.omvio.bench.fixture.Resolution;
import dev.omvio.codec.DecodeOptions;
import dev.omvio.codec.PixelCodecs;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

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
 * Case 6: decoding a camera-like JPEG (the camera picture, libjpeg-turbo quality 90, 4:2:0)
 * with omvio's libjpeg-turbo codec, to a new {@code BufferedImage} and into a reused ARGB array,
 * against the JDK's ImageIO JPEG reader and TwelveMonkeys' reader, each decoding from memory to
 * a new {@code BufferedImage}. tjbench's figure for the same file is taken by the report.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JpegDecodeBenchmark {
    private static final String JDK_READER = "com.sun.imageio.plugins.jpeg.JPEGImageReader";
    private static final String TWELVEMONKEYS_READER = "com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReader";

    @Param({"VGA", "HD1080"})
    public Resolution resolution;

    private Image jpeg;
    private byte[] jpegBytes;
    private PixelCodec codec;
    private int[] argb;
    private ImageReader jdkReader;
    private ImageReader twelveMonkeysReader;

    @Setup
    public void setUp() {
        jpeg = Frames.cameraJpeg(resolution);
        jpegBytes = jpeg.toByteArray();
        codec = PixelCodecs.decoder(PixelFormat.JPEG);
        if (!codec.name().equals("libjpeg-turbo")) {
            throw new IllegalStateException("omvio's JPEG decoder is '" + codec.name() + "', not libjpeg-turbo");
        }
        argb = new int[resolution.pixels()];
        jdkReader = reader(JDK_READER);
        twelveMonkeysReader = reader(TWELVEMONKEYS_READER);
    }

    @TearDown
    public void tearDown() {
        jdkReader.dispose();
        twelveMonkeysReader.dispose();
    }

    @Benchmark
    public BufferedImage omvioToBufferedImage() throws IOException {
        return codec.decode(jpeg, DecodeOptions.DEFAULT);
    }

    @Benchmark
    public int[] omvioIntoArray() throws IOException {
        codec.decode(jpeg, DecodeOptions.DEFAULT, argb, 0, resolution.width());
        return argb;
    }

    @Benchmark
    public BufferedImage jdkImageIo() throws IOException {
        return read(jdkReader);
    }

    @Benchmark
    public BufferedImage twelveMonkeys() throws IOException {
        return read(twelveMonkeysReader);
    }

    private BufferedImage read(ImageReader reader) throws IOException {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpegBytes))) {
            reader.setInput(input, true, true);
            return reader.read(0);
        }
    }

    // With TwelveMonkeys on the class path ImageIO.read would pick it: each reader is chosen by class.
    private static ImageReader reader(String className) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (reader.getClass().getName().equals(className)) {
                return reader;
            }
        }
        throw new IllegalStateException("no ImageIO JPEG reader " + className + " on the class path");
    }
}
