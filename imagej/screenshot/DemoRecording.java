import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Writes the recording the screenshot shows: 90 RGB565 frames of 320x240 at 30 fps, a ball
 * crossing a gradient, as a camera would record it (run with the plugin jar on the class path).
 */
public final class DemoRecording {
    private DemoRecording() {
    }

    public static void main(String[] args) throws Exception {
        try (ImageStream out = ImageStreams.open(Path.of(args[0]), "w")) {
            for (int i = 0; i < 90; i++) {
                BufferedImage frame = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = frame.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setPaint(new GradientPaint(0, 0, new Color(20, 40, 90), 320, 240, new Color(90, 160, 120)));
                g.fillRect(0, 0, 320, 240);
                g.setColor(new Color(240, 200, 40));
                int x = 20 + i * 3;
                int y = 120 + (int) (80 * Math.sin(i / 8.0));
                g.fillOval(x - 25, y - 25, 50, 50);
                g.setColor(Color.WHITE);
                g.drawString("OpenMV frame " + i, 10, 20);
                g.dispose();
                out.write(PixelCodecs.encode(frame, PixelFormat.RGB565), 33_333);
            }
        }
    }
}
