package dev.omvio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged tool in its own JVM, on the class path, where a tool it can use is missing:
 * ffmpeg (an empty PATH) and libjpeg-turbo (JNA left off the class path, so the native codec
 * cannot load whatever the machine has).
 */
class MissingToolsIT {
    private static final long JPEG = 0x06060000L;

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(boolean jna, Map<String, String> environment, String... args) throws Exception {
        String[] paths = System.getProperty("omvio.modulePath").split(File.pathSeparator);
        List<String> classPath = new ArrayList<>();
        try (Stream<Path> jars = Files.list(Path.of(paths[0]))) {
            jars.map(Path::toString).filter(jar -> jna || !Path.of(jar).getFileName().toString().startsWith("jna-"))
                    .sorted().forEach(classPath::add);
        }
        classPath.add(paths[1]);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classPath), "dev.omvio.cli.Omvio"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove(Ffmpeg.ENVIRONMENT);
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Run run = new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
        Files.delete(dir.resolve("out.txt"));
        Files.delete(dir.resolve("err.txt"));
        return run;
    }

    /** Version 2.1, two frames of the camera's 320x270 JPEG, 40 ms apart. */
    private Path jpegRecording() throws IOException {
        byte[] jpeg = TestFiles.cameraJpeg();
        return StreamBytes.magic("V2.1").frame2x(0, 320, 270, JPEG, jpeg).frame2x(40_000, 320, 270, JPEG, jpeg)
                .writeTo(dir.resolve("rec.bin"));
    }

    @Test
    void withoutFfmpegOnThePathMp4FailsInOneLineNamingThePackageAndWritesNothing() throws Exception {
        jpegRecording();

        Run run = run(true, Map.of("PATH", ""), "convert", "rec.bin", "rec.mp4");

        assertThat(run.exitCode()).isEqualTo(Omvio.FAILURE);
        assertThat(run.err()).isEqualTo("omvio convert: ffmpeg not found: MP4 needs FFmpeg's ffmpeg (Debian package"
                + " ffmpeg) on PATH, or its path in -Domvio.ffmpeg or OMVIO_FFMPEG" + System.lineSeparator());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString()).collect(Collectors.toList()))
                    .containsExactly("rec.bin");
        }

        Run doctor = run(true, Map.of("PATH", ""), "doctor");

        assertThat(doctor.out()).containsPattern("(?m)^ffmpeg +not found \\(MP4 output needs it: Debian package ffmpeg\\)$");
    }

    @Test
    void withoutLibjpegTurboDecodingJpegSaysSoInOneLineAndDoctorSaysWhy() throws Exception {
        jpegRecording();

        Run info = run(false, Map.of(), "info", "rec.bin");
        Run verify = run(false, Map.of(), "verify", "rec.bin");
        Run doctor = run(false, Map.of(), "doctor");

        // info reads headers only: no JPEG is decoded, nothing to say.
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.err()).isEmpty();
        // verify decodes both frames with the JDK's codec, and says so once.
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.err()).isEqualTo("omvio: warning: libturbojpeg not found: JPEG goes through the JDK's slower"
                + " codec (Debian package libturbojpeg0; 'omvio doctor' shows why)" + System.lineSeparator());
        assertThat(doctor.err()).isEmpty();
        assertThat(doctor.out()).containsPattern("(?m)^jpeg codec +JDK ImageIO JPEG$")
                .containsPattern("(?m)^libturbojpeg +not found$")
                .containsPattern("(?m)^ +libjpeg-turbo not found \\(JNA is not on the class path or module path: .+\\)$");
    }
}
