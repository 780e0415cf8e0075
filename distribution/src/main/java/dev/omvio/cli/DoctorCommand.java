package dev.omvio.cli;

import dev.omvio.codec.PixelCodecs;
import dev.omvio.codec.spi.PixelCodec;
import dev.omvio.image.PixelFormat;
import dev.omvio.sensor.Sensors;
import dev.omvio.sensor.spi.SensorDriver;
import dev.omvio.sensors.openmv.SerialPorts;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.ImageStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code omvio doctor}: what the tool runs on and which engines, codecs and drivers it found. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Show the Java runtime, the active JPEG codec (and whether libturbojpeg was found, or why not), "
                + "the codecs, stream engines and sensor drivers found, the ffmpeg that MP4 output uses, "
                + "and the serial ports that look like OpenMV cameras.")
final class DoctorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print exactly one JSON object instead of a table.")
    boolean json;

    /** What the doctor found. */
    record Findings(String javaVersion, String javaVendor, String javaHome, String os, String arch,
                    String jpegCodec, boolean turboJpegFound, String turboJpegDetails, List<PixelCodec> codecs,
                    String fileEngine, String memoryEngine, List<SensorDriver> drivers, String ffmpeg,
                    boolean serialLibrary, List<SerialPorts.Port> cameraPorts) {
    }

    @Override
    public Integer call() {
        Findings findings = examine();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(findings, out);
        } else {
            printTable(findings, out);
        }
        return 0;
    }

    static Findings examine() {
        List<PixelCodec> codecs = PixelCodecs.all();
        return new Findings(System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("java.home"), System.getProperty("os.name"), System.getProperty("os.arch"),
                activeCodecName(PixelFormat.JPEG), turboJpegFound(codecs), turboJpegDetails(codecs), codecs,
                fileEngine(), memoryEngine(), Sensors.drivers(), ffmpeg(), SerialPorts.available(),
                SerialPorts.openMvPorts());
    }

    // MP4 output: which ffmpeg, and its version line.
    private static String ffmpeg() {
        return Ffmpeg.find().map(path -> path + " (" + Ffmpeg.version(path) + ")")
                .orElse("not found (MP4 output needs it: Debian package ffmpeg)");
    }

    private static String activeCodecName(PixelFormat format) {
        try {
            return PixelCodecs.decoder(format).name();
        } catch (IllegalStateException none) {
            return "none";
        }
    }

    /** Whether libturbojpeg was found: omvio's native JPEG codec binds to it and is available. */
    static boolean turboJpegFound() {
        return turboJpegFound(PixelCodecs.all());
    }

    private static boolean turboJpegFound(List<PixelCodec> codecs) {
        return nativeJpeg(codecs).anyMatch(PixelCodec::isAvailable);
    }

    // Which library the native codec loaded, or why none (JNA's multi-line errors, in one line).
    private static String turboJpegDetails(List<PixelCodec> codecs) {
        return nativeJpeg(codecs).map(codec -> codec.availability().replaceAll("\\s*\\R\\s*", " ")).findFirst()
                .orElse("no native JPEG codec (omvio-codecs is missing)");
    }

    private static Stream<PixelCodec> nativeJpeg(List<PixelCodec> codecs) {
        return codecs.stream().filter(codec -> codec.priority() == PixelCodec.PRIORITY_NATIVE
                && codec.decodes().contains(PixelFormat.JPEG));
    }

    // The API names no engine; the class of a stream it opens is the engine in use.
    private static String fileEngine() {
        try {
            Path probe = Files.createTempFile("omvio-doctor", ".bin");
            try (ImageStream stream = ImageStreams.open(probe, "w")) {
                return stream.getClass().getName();
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException | RuntimeException e) {
            return "none (" + e.getMessage() + ")";
        }
    }

    private static String memoryEngine() {
        try (ImageStream stream = ImageStreams.allocate(1, 1, PixelFormat.GRAYSCALE, 1)) {
            return stream.getClass().getName();
        } catch (IOException | RuntimeException e) {
            return "none (" + e.getMessage() + ")";
        }
    }

    private static void printTable(Findings findings, PrintWriter out) {
        out.printf("java           %s (%s)%n", findings.javaVersion(), findings.javaVendor());
        out.printf("java home      %s%n", findings.javaHome());
        out.printf("os             %s %s%n", findings.os(), findings.arch());
        out.printf("jpeg codec     %s%n", findings.jpegCodec());
        out.printf("libturbojpeg   %s%n", findings.turboJpegFound() ? "found" : "not found");
        out.printf("               %s%n", findings.turboJpegDetails());
        out.printf("file engine    %s%n", findings.fileEngine());
        out.printf("memory engine  %s%n", findings.memoryEngine());
        out.printf("ffmpeg         %s%n", findings.ffmpeg());
        out.printf("%ncodecs%n");
        for (PixelCodec codec : findings.codecs()) {
            out.printf("  %-24s priority %3d  %-13s decodes %s; encodes %s%n", codec.name(), codec.priority(),
                    codec.isAvailable() ? "available" : "unavailable", names(codec.decodes()), names(codec.encodes()));
        }
        out.printf("%nsensor drivers%n");
        for (SensorDriver driver : findings.drivers()) {
            out.printf("  %-12s %s%n", driver.name(), driver.description());
        }
        out.printf("%nopenmv cameras on serial ports%s%n", findings.serialLibrary() ? "" : ": jSerialComm not found");
        for (SerialPorts.Port port : findings.cameraPorts()) {
            out.printf("  %-16s %04X:%04X %s%n", port.device(), port.vid(), port.pid(), port.description());
        }
        if (findings.serialLibrary() && findings.cameraPorts().isEmpty()) {
            out.printf("  none%n");
        }
        out.flush();
    }

    private static void printJson(Findings findings, PrintWriter out) {
        JsonWriter json = new JsonWriter().beginObject()
                .name("java_version").value(findings.javaVersion())
                .name("java_vendor").value(findings.javaVendor())
                .name("java_home").value(findings.javaHome())
                .name("os").value(findings.os())
                .name("arch").value(findings.arch())
                .name("jpeg_codec").value(findings.jpegCodec())
                .name("libturbojpeg_found").value(findings.turboJpegFound())
                .name("libturbojpeg_details").value(findings.turboJpegDetails())
                .name("file_engine").value(findings.fileEngine())
                .name("memory_engine").value(findings.memoryEngine())
                .name("ffmpeg").value(findings.ffmpeg())
                .name("codecs").beginArray();
        for (PixelCodec codec : findings.codecs()) {
            json.beginObject()
                    .name("name").value(codec.name())
                    .name("priority").value(codec.priority())
                    .name("available").value(codec.isAvailable())
                    .name("decodes");
            formats(json, codec.decodes()).name("encodes");
            formats(json, codec.encodes()).endObject();
        }
        json.endArray().name("sensor_drivers").beginArray();
        for (SensorDriver driver : findings.drivers()) {
            json.beginObject().name("name").value(driver.name()).name("description").value(driver.description()).endObject();
        }
        json.endArray().name("serial_library").value(findings.serialLibrary()).name("openmv_ports").beginArray();
        for (SerialPorts.Port port : findings.cameraPorts()) {
            json.beginObject().name("device").value(port.device())
                    .name("usb_id").value(String.format("%04X:%04X", port.vid(), port.pid()))
                    .name("description").value(port.description()).endObject();
        }
        json.endArray().endObject().printTo(out);
    }

    private static JsonWriter formats(JsonWriter json, Set<PixelFormat> formats) {
        json.beginArray();
        formats.stream().sorted().forEach(format -> json.value(format.name()));
        return json.endArray();
    }

    // In the order of the enum, so that output is stable.
    private static String names(Set<PixelFormat> formats) {
        return formats.stream().sorted().map(PixelFormat::name).collect(Collectors.joining(","));
    }
}
