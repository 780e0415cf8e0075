import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.File;

/**
 * A plain Java program that knows nothing of omvio: it uses only javax.imageio, as any viewer
 * or converter does. The acceptance test runs it from source in its own JVM whose class (or
 * module) path holds nothing but the bridge jar and its runtime dependencies.
 *
 * <p>Arguments: a recording to read and a file to write. Prints one line per result.
 */
public class PlainImageIoProgram {
    public static void main(String[] args) throws Exception {
        File recording = new File(args[0]);
        File output = new File(args[1]);

        BufferedImage first = ImageIO.read(recording);
        System.out.println("read " + describe(first));

        ImageReader reader = ImageIO.getImageReadersByFormatName("openmv").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(recording)) {
            reader.setInput(in);
            int frames = reader.getNumImages(true);
            System.out.println("frames " + frames);
            for (int i = 0; i < frames; i++) {
                System.out.println("frame " + i + " " + describe(reader.read(i)));
            }
        }

        System.out.println("written " + ImageIO.write(first, "openmv", output) + " " + output.length());
        System.out.println("reread " + describe(ImageIO.read(output)));
    }

    private static String describe(BufferedImage image) {
        return image.getWidth() + "x" + image.getHeight() + " " + String.format("%06x", image.getRGB(0, 0) & 0xFFFFFF);
    }
}
