package dev.omvio.sensors.openmv;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import dev.omvio.stream.ManualClock;
import dev.omvio.stream.StreamMode;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small recordings for the loopback tests: every frame different, 1 ms apart. */
final class Recordings {
    private Recordings() {
    }

    /** {@code n} frames of {@code format} (GRAYSCALE, RGB565 or JPEG) written to {@code file}. */
    static Path write(Path file, PixelFormat format, int width, int height, int n) throws IOException {
        try (ImageStream out = ImageStreams.open(file, StreamMode.WRITE, new ManualClock(0))) {
            for (int i = 0; i < n; i++) {
                out.write(frame(format, width, height, i), 1000);
            }
        }
        return file;
    }

    /** Every frame of {@code file}, in order. */
    static List<Image> frames(Path file) throws IOException {
        List<Image> frames = new ArrayList<>();
        try (ImageStream in = ImageStreams.open(file, StreamMode.READ, new ManualClock(0))) {
            for (Optional<Image> f = in.read(false, false, false); f.isPresent(); f = in.read(false, false, false)) {
                frames.add(f.get());
            }
        }
        return frames;
    }

    static Image frame(PixelFormat format, int width, int height, int index) throws IOException {
        if (format == PixelFormat.JPEG) {
            BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    picture.setRGB(x, y, (x * 7 + y * 13 + index * 31) * 0x010203 & 0xFFFFFF);
                }
            }
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(picture, "jpeg", jpeg);
            return Image.of(width, height, format, jpeg.toByteArray());
        }
        byte[] data = new byte[(int) format.dataSize(width, height)];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + index * 7 + i / width);
        }
        return Image.of(width, height, format, data);
    }
}
