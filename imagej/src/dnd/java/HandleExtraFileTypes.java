import ij.IJ;
import ij.ImagePlus;
import ij.plugin.PlugIn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Drag-and-drop of OpenMV recordings for plain ImageJ 1 (not Fiji, which has its own
 * HandleExtraFileTypes): ImageJ's Opener runs the plugin of this name, from the default package,
 * for every file type it does not know. A file starting with the magic "OMV IMG STR " opens with
 * {@code File > Import > OpenMV Stream...}; any other file is left to ImageJ's message.
 */
public class HandleExtraFileTypes extends ImagePlus implements PlugIn {
    private static final byte[] MAGIC = "OMV IMG STR ".getBytes(StandardCharsets.US_ASCII);
    // Opener treats a width of -1 as "the plugin opened and showed the image itself"
    private static final int IMAGE_OPENED = -1;

    /** Creates the handler; ImageJ's Opener calls {@link #run(String)}. */
    public HandleExtraFileTypes() {
        // ImageJ instantiates plugins reflectively
    }

    @Override
    public void run(String path) {
        if (path == null || !isRecording(Path.of(path))) {
            return;
        }
        IJ.runPlugIn("dev.omvio.imagej.OpenMvImport", path);
        width = IMAGE_OPENED;
    }

    private static boolean isRecording(Path path) {
        byte[] start = new byte[MAGIC.length];
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(start, 0, start.length) == start.length && java.util.Arrays.equals(start, MAGIC);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
