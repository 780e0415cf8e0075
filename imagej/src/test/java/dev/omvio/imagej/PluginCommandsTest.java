package dev.omvio.imagej;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.plugin.PlugIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The menu commands ImageJ reads from plugins.config, and the import command run as a drop handler runs it. */
class PluginCommandsTest {
    @TempDir
    Path dir;

    @Test
    void pluginsConfigRegistersImportAndSaveAsUnderDistinctNames() throws Exception {
        List<String> lines;
        try (InputStream in = PluginCommandsTest.class.getResourceAsStream("/plugins.config")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        assertThat(lines).containsExactly(
                "File>Import, \"OpenMV Stream...\", dev.omvio.imagej.OpenMvImport",
                "File>Save As, \"OpenMV Stream... \", dev.omvio.imagej.OpenMvExport");
        for (String line : lines) {
            String className = line.substring(line.lastIndexOf(',') + 1).trim();
            Class<?> command = Class.forName(className);
            assertThat(PlugIn.class).isAssignableFrom(command);
            assertThat(command.getConstructor().newInstance()).isInstanceOf(PlugIn.class);
        }
    }

    @Test
    void importWithAPathOpensItWithoutAskingAndMakesItCurrent() throws IOException {
        Path file = dir.resolve("drop.bin");
        try (ImageStream out = ImageStreams.open(file, "w")) {
            out.write(Image.of(2, 2, PixelFormat.GRAYSCALE, new byte[] {1, 2, 3, 4}), 20_000)
                    .write(Image.of(2, 2, PixelFormat.GRAYSCALE, new byte[] {5, 6, 7, 8}), 20_000);
        }
        Object plugin = IJ.runPlugIn("dev.omvio.imagej.OpenMvImport", file.toString());
        ImagePlus imp = ((OpenMvImport) plugin).getImagePlus();
        assertThat(imp.getStackSize()).isEqualTo(2);
        assertThat(imp.getTitle()).isEqualTo("drop.bin");
        assertThat(imp.getOriginalFileInfo().fileName).isEqualTo("drop.bin");
        assertThat(WindowManager.getCurrentImage()).isSameAs(imp);
        assertThat((byte[]) imp.getStack().getPixels(2)).containsExactly(5, 6, 7, 8);
    }
}
