package dev.omvio.imagej;

import dev.omvio.image.PixelFormat;
import ij.IJ;
import ij.ImagePlus;
import ij.gui.GenericDialog;
import ij.io.SaveDialog;
import ij.plugin.PlugIn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code File > Save As > OpenMV Stream...}: writes the current image's stack, or a range of its
 * slices, as a version 2.0 recording. The dialog offers the pixel formats the codecs encode (the
 * default by the image's type: GRAYSCALE for grey, RGB565 for colour), the slice range and the
 * frame interval in milliseconds (from the calibration). The macro recorder records
 * {@code run("OpenMV Stream... ", "format=RGB565 first=1 last=30 interval=33.333 save=/path/out.bin");}.
 */
public class OpenMvExport implements PlugIn {
    /** Creates the command; ImageJ calls {@link #run(String)}. */
    public OpenMvExport() {
        // ImageJ instantiates plugins reflectively
    }

    @Override
    public void run(String arg) {
        ImagePlus imp = IJ.getImage();
        int slices = imp.getStackSize();
        List<PixelFormat> formats = OpenMvStacks.saveFormats();
        String[] names = formats.stream().map(PixelFormat::name).toArray(String[]::new);
        GenericDialog dialog = new GenericDialog("Save as OpenMV Stream");
        dialog.addChoice("Format", names, OpenMvStacks.defaultFormat(imp).name());
        dialog.addNumericField("First slice", 1, 0);
        dialog.addNumericField("Last slice", slices, 0);
        double intervalMs = OpenMvStacks.intervalMicros(imp.getCalibration()) / 1000.0;
        dialog.addNumericField("Interval", intervalMs, 3, 10, "ms");
        dialog.showDialog();
        if (dialog.wasCanceled()) {
            return;
        }
        PixelFormat format = formats.get(dialog.getNextChoiceIndex());
        int first = (int) dialog.getNextNumber();
        int last = (int) dialog.getNextNumber();
        double interval = dialog.getNextNumber();
        if (dialog.invalidNumber() || first < 1 || last < first || last > slices || !(interval >= 0)) {
            IJ.error("OpenMV Stream", "Slices must be 1 <= first <= last <= " + slices + " and the interval at least 0 ms");
            return;
        }
        String name = imp.getTitle().replaceFirst("\\.[^.]*$", "");
        SaveDialog where = new SaveDialog("Save OpenMV Stream", name, ".bin");
        if (where.getFileName() == null) {
            return;
        }
        Path path = Path.of(where.getDirectory(), where.getFileName());
        SaveOptions options = SaveOptions.DEFAULT.withFormat(format).withRange(first, last)
                .withIntervalMicros(Math.round(interval * 1000));
        IJ.showStatus("Saving " + path);
        try {
            int written = OpenMvStacks.save(imp, path, options);
            IJ.showStatus(String.format(Locale.ROOT, "%d %s frames written to %s", written, format, path));
        } catch (IOException | RuntimeException e) {
            IJ.error("OpenMV Stream", "Cannot save " + path + ":\n" + e.getMessage());
        }
    }
}
