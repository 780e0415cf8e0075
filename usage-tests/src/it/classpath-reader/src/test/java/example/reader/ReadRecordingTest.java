package example.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.File;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** On the class path, the bridge's jar alone (with what it brings) lets ImageIO.read open a recording. */
class ReadRecordingTest {

    @Test
    void imageIoReadsTheFirstFrame() throws Exception {
        // rec.bin: version 2.0, one GRAYSCALE frame 4x2 (see the project's README.md).
        BufferedImage frame = ImageIO.read(new File("src/test/resources/rec.bin"));
        assertEquals(4, frame.getWidth());
        assertEquals(2, frame.getHeight());
        Raster pixels = frame.getRaster();
        int[] expected = {0, 64, 128, 255, 10, 20, 30, 40};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], pixels.getSample(i % 4, i / 4, 0), "pixel " + i);
        }
    }
}
