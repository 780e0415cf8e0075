package dev.omvio.cli;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * FFmpeg's ffprobe, an independent reader of our AVI and MP4 files (Debian package ffmpeg).
 * Missing, it fails the test on CI (env CI=true) and skips it elsewhere; so does ffmpeg for the
 * tests of MP4 output, which the tool writes with it.
 */
final class Ffprobe {
    private Ffprobe() {
    }

    /**
     * The first video stream's facts, counting decoded frames (held ticks are not frames):
     * codec_name, width, height, pix_fmt, nb_read_frames, duration.
     */
    static Map<String, String> videoStream(Path file) throws IOException, InterruptedException {
        Map<String, String> facts = new HashMap<>();
        run(file, "stream=codec_name,width,height,pix_fmt,nb_read_frames,duration").lines().forEach(line ->
                facts.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return facts;
    }

    /** The presentation time in seconds of each of the first video stream's pictures, as ffprobe reads them. */
    static List<Double> pictureTimes(Path file) throws IOException, InterruptedException {
        return run(file, "packet=pts_time").lines()
                .map(line -> Double.parseDouble(line.substring(line.indexOf('=') + 1))).toList();
    }

    private static String run(Path file, String entries) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(executable("ffprobe").toString(), "-v", "error", "-count_frames",
                "-select_streams", "v:0", "-show_entries", entries, "-of", "default=noprint_wrappers=1",
                file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(line -> line.contains("=")).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Checks that ffmpeg, which writes MP4 files, is on PATH. */
    static void requireFfmpeg() {
        executable("ffmpeg");
    }

    private static Path executable(String program) {
        for (String dir : List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(program + " is missing: install Debian's ffmpeg package (CI=true)");
        }
        Assumptions.abort(program + " is not installed: install ffmpeg to write and check video files");
        throw new AssertionError("unreachable");
    }
}
