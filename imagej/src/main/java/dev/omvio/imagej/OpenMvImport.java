package dev.omvio.imagej;

import ij.IJ;
import ij.WindowManager;
import ij.ImagePlus;
import ij.gui.GenericDialog;
import ij.io.OpenDialog;
import ij.plugin.PlugIn;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code File > Import > OpenMV Stream...}: asks for a recording and whether its stack is
 * virtual, opens it and shows it. The macro recorder records
 * {@code run("OpenMV Stream...", "open=/path/rec.bin stack=Automatic");} (stack: Automatic,
 * Virtual or In memory). Run with a path as its argument (as a drag-and-drop handler does,
 * {@code IJ.runPlugIn("dev.omvio.imagej.OpenMvImport", path)}), it opens that file with the
 * automatic choice and asks nothing.
 */
public class OpenMvImport implements PlugIn {
    static final String[] STACK_CHOICES = {"Automatic", "Virtual", "In memory"};

    private ImagePlus opened;

    /** Creates the command; ImageJ calls {@link #run(String)}. */
    public OpenMvImport() {
        // ImageJ instantiates plugins reflectively
    }

    @Override
    public void run(String arg) {
        OpenOptions options = OpenOptions.DEFAULT;
        String path = arg == null ? "" : arg.trim();
        if (path.isEmpty()) {
            OpenDialog dialog = new OpenDialog("Open OpenMV Stream", null);
            if (dialog.getFileName() == null) {
                return;
            }
            path = dialog.getPath();
            GenericDialog choices = new GenericDialog("OpenMV Stream");
            choices.addChoice("Stack", STACK_CHOICES, STACK_CHOICES[0]);
            choices.addMessage("Automatic: virtual above " + (options.virtualThreshold() >> 20) + " MiB of pixels");
            choices.showDialog();
            if (choices.wasCanceled()) {
                return;
            }
            options = options.withStack(OpenOptions.StackKind.values()[choices.getNextChoiceIndex()]);
        }
        IJ.showStatus("Opening " + path);
        try {
            opened = OpenMvStacks.open(Path.of(path), options);
        } catch (IOException | RuntimeException e) {
            IJ.error("OpenMV Stream", "Cannot open " + path + ":\n" + e.getMessage());
            return;
        }
        if (GraphicsEnvironment.isHeadless()) {
            // no window to show it in (a headless macro or script): make it the current image
            WindowManager.setTempCurrentImage(opened);
        } else {
            opened.show();
        }
        IJ.showStatus(opened.getStackSize() + " frames of " + path);
    }

    /** {@return the image the last {@link #run(String)} opened, or null} */
    public ImagePlus getImagePlus() {
        return opened;
    }
}
