package example.reader;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Prints the first frame of a recording: its size, then its grey values row by row. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws IOException {
        BufferedImage frame = ImageIO.read(new File(args[0]));
        if (frame == null) {
            System.out.println("no reader");
            return;
        }
        StringBuilder out = new StringBuilder(frame.getWidth() + "x" + frame.getHeight());
        for (int y = 0; y < frame.getHeight(); y++) {
            for (int x = 0; x < frame.getWidth(); x++) {
                out.append(' ').append(frame.getRaster().getSample(x, y, 0));
            }
        }
        System.out.println(out);
    }
}
