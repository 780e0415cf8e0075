package dev.omvio.cli;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code omvio demo}: records a short clip of a moving scene to {@code demo.bin} in the current
 * folder and shows what it holds.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Record 3 seconds of a moving test scene (QQVGA RGB565, 30 fps) to demo.bin and show its info.")
final class DemoCommand implements Callable<Integer> {
    private static final int WIDTH = 160;
    private static final int HEIGHT = 120;
    private static final int FRAMES = 90;
    private static final long INTERVAL_MICROS = 33_333;

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to record (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("demo.bin");

    @Override
    public Integer call() throws IOException {
        try (ImageStream stream = ImageStreams.open(output, "w")) {
            for (int frame = 0; frame < FRAMES; frame++) {
                stream.write(scene(frame), INTERVAL_MICROS);
            }
        }
        spec.commandLine().getOut().printf("recorded %d frames to %s%n%n", FRAMES, output);
        return spec.root().commandLine().execute("info", output.toString());
    }

    /** Colour bars sliding one pixel a frame past a bright square bouncing down the picture. */
    private static Image scene(int frame) {
        ByteBuffer pixels = ByteBuffer.allocate(WIDTH * HEIGHT * 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int squareTop = Math.abs((frame * 3) % (2 * (HEIGHT - 20)) - (HEIGHT - 20));
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                boolean square = y >= squareTop && y < squareTop + 20 && x >= 70 && x < 90;
                int bar = ((x + frame) / 20) % 8;
                int r = square || (bar & 4) != 0 ? 0x1F : 0;
                int g = square || (bar & 2) != 0 ? 0x3F : 0;
                int b = square || (bar & 1) != 0 ? 0x1F : 0;
                pixels.putShort((short) (r << 11 | g << 5 | b));
            }
        }
        return Image.of(WIDTH, HEIGHT, PixelFormat.RGB565, pixels.array());
    }
}
