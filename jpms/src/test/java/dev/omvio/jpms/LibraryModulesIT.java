package dev.omvio.jpms;

import dev.omvio.codec.PixelCodecs;
import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library modules (api, core-file, core-memory, codecs, sensors, bridge-javax) with
 * everything they require, as jars in {@code target/modules}: JNA as the named module
 * {@code com.sun.jna} and the TwelveMonkeys jars with the descriptors moditect adds. A probe in
 * its own JVM reads a recording of an RGB565 frame and a JPEG frame from the module path without
 * JNA (JPEG falls back to the JDK's codec), with JNA (libjpeg-turbo wherever this JVM loads it),
 * and from a runtime image that jlink made of all those modules; and frame 0 through
 * {@code ImageIO.read} and the bridge, whose classes extend TwelveMonkeys' imageio-core.
 */
class LibraryModulesIT {
    private static final Path MODULES = Path.of(System.getProperty("omvio.modules"));
    // RGB565 as the file stores it, the camera's byte order: 0xF800 (red 31, green 0, blue 0) is
    // pure red, which decodes to ff0000 (31 scaled to 8 bits is 255).
    private static final byte[] RED_RGB565 = {0x00, (byte) 0xF8, 0x00, (byte) 0xF8};
    // A flat 8x8 grey of 128 in a baseline JPEG from the JDK's writer: Y = 128, Cb = Cr = 128, so
    // every DCT coefficient but DC is zero and DC is zero after the level shift; any conforming
    // decoder gives back exactly 808080.
    private static final int GREY = 0x808080;

    @TempDir
    static Path dir;
    private static Path recording;

    @BeforeAll
    static void writeRecording() throws IOException {
        BufferedImage grey = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 64; i++) {
            grey.setRGB(i % 8, i / 8, GREY);
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        assertThat(ImageIO.write(grey, "jpeg", jpeg)).isTrue();
        recording = dir.resolve("rec.bin");
        try (ImageStream stream = ImageStreams.open(recording, "w")) {
            stream.write(Image.of(2, 1, PixelFormat.RGB565, RED_RGB565));
            stream.write(Image.of(8, 8, PixelFormat.JPEG, jpeg.toByteArray()));
        }
    }

    @Test
    void withoutJnaTheModulePathReadsRawFramesAndJpegThroughTheJdk() throws Exception {
        List<Path> withoutJna = moduleJars().stream().filter(jar -> !jar.getFileName().toString().startsWith("jna-")).toList();
        assertThat(withoutJna).hasSize(moduleJars().size() - 1);

        List<String> lines = run(javaOf(Path.of(System.getProperty("java.home"))),
                "--module-path", join(withoutJna), "--add-modules", "ALL-MODULE-PATH");

        assertThat(lines).containsExactly(
                "frame 0 RGB565 2x1 ff0000 omvio raw pixels dev.omvio.codecs",
                "frame 1 JPEG 8x8 808080 JDK ImageIO JPEG dev.omvio.codecs",
                "imageio 2x1 ff0000 dev.omvio.bridge.javax");
    }

    @Test
    void withJnaOnTheModulePathJpegUsesLibjpegTurboWhereItLoads() throws Exception {
        List<String> lines = run(javaOf(Path.of(System.getProperty("java.home"))),
                "--module-path", join(moduleJars()), "--add-modules", "ALL-MODULE-PATH");

        assertThat(lines).containsExactly(
                "frame 0 RGB565 2x1 ff0000 omvio raw pixels dev.omvio.codecs",
                "frame 1 JPEG 8x8 808080 " + expectedJpegCodec() + " dev.omvio.codecs",
                "imageio 2x1 ff0000 dev.omvio.bridge.javax");
    }

    @Test
    void jlinkLinksTheLibraryModulesAndTheImageDecodesFrames() throws Exception {
        List<String> names = new ArrayList<>();
        for (ModuleReference module : ModuleFinder.of(MODULES).findAll()) {
            ModuleDescriptor descriptor = module.descriptor();
            assertThat(descriptor.isAutomatic()).as("%s is an automatic module, which jlink refuses", module.location().orElseThrow())
                    .isFalse();
            names.add(descriptor.name());
        }
        assertThat(names).contains("dev.omvio.api", "dev.omvio.core.file", "dev.omvio.core.memory", "dev.omvio.codecs",
                "dev.omvio.sensors", "dev.omvio.bridge.javax", "com.sun.jna", "com.twelvemonkeys.imageio.core",
                "com.twelvemonkeys.imageio.metadata",
                "com.twelvemonkeys.common.lang", "com.twelvemonkeys.common.io", "com.twelvemonkeys.common.image");
        Path jmods = Path.of(System.getProperty("java.home"), "jmods");
        assertThat(jmods).as("jlink needs the JDK's jmods").isDirectory();
        Path image = dir.resolve("image");

        jlink("--module-path", jmods + File.pathSeparator + MODULES, "--add-modules", String.join(",", names),
                "--no-header-files", "--no-man-pages", "--output", image.toString());

        String java = javaOf(image);
        assertThat(run(java, "--list-modules").stream().map(line -> line.replaceFirst("@.*", "")))
                .containsAll(names).contains("java.base", "java.desktop");
        assertThat(run(java)).containsExactly(
                "frame 0 RGB565 2x1 ff0000 omvio raw pixels dev.omvio.codecs",
                "frame 1 JPEG 8x8 808080 " + expectedJpegCodec() + " dev.omvio.codecs",
                "imageio 2x1 ff0000 dev.omvio.bridge.javax");
    }

    /** libjpeg-turbo wherever this JVM loads it (always in CI, which installs it), else the JDK's codec. */
    private static String expectedJpegCodec() {
        String here = PixelCodecs.decoder(PixelFormat.JPEG).name();
        if ("true".equals(System.getenv("CI"))) {
            assertThat(here).as("CI installs libturbojpeg").isEqualTo("libjpeg-turbo");
        }
        return here;
    }

    private static List<Path> moduleJars() throws IOException {
        try (Stream<Path> jars = Files.list(MODULES)) {
            return jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static String join(List<Path> jars) {
        return jars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static String javaOf(Path home) {
        return home.resolve("bin").resolve("java").toString();
    }

    private static void jlink(String... args) {
        ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow();
        StringWriter out = new StringWriter();
        int status = jlink.run(new PrintWriter(out, true), new PrintWriter(out, true), args);
        assertThat(status).as("jlink %s: %s", String.join(" ", args), out).isZero();
    }

    /**
     * Runs {@code java} with the options and, unless only options are given to list modules,
     * the probe on the class path reading the recording; returns stdout's lines.
     */
    private static List<String> run(String java, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(options));
        if (!List.of(options).contains("--list-modules")) {
            command.addAll(List.of("-cp", System.getProperty("omvio.probeClasses"), FrameProbe.class.getName(), recording.toString()));
        }
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("%s\n%s", command, Files.readString(dir.resolve("stderr.txt"))).isZero();
        return out.lines().toList();
    }
}
