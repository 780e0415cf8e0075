package dev.omvio.cli;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A stream as an H.264 MP4 (yuv420p, what QuickTime, browsers and phones play), encoded by
 * {@link Ffmpeg ffmpeg}, with each frame at its recorded time: the frames go to ffmpeg as
 * picture files in an ffconcat list whose {@code duration} lines are the recorded intervals,
 * and ffmpeg keeps those timestamps ({@code -vsync passthrough}) instead of resampling them to a
 * frame rate. JPEG frames are passed on as they are (once they decode); other frames as PNG, so
 * that H.264 is the only lossy step. An odd width or height gets one black column or row, as
 * yuv420p needs even ones. The pictures are kept in a hidden folder beside the output while
 * ffmpeg runs.
 */
final class Mp4Export {
    /** MP4 time units per second: 90 kHz, the video clock of MPEG, about 11 µs. */
    private static final int TIMESCALE = 90_000;

    private Mp4Export() {
    }

    /** Writes the frames of {@code stream} to {@code mp4}, one of {@code outputs}; returns the number written. */
    static int write(ImageStream stream, FrameDecoding decoding, OutputFiles outputs, Path mp4) throws IOException {
        Path ffmpeg = Ffmpeg.require();
        FrameInfo first = stream.frameInfo(0);
        FrameTimes times = FrameTimes.of(stream.frameInfos());
        PixelFormat pictures = first.format() == PixelFormat.JPEG ? PixelFormat.JPEG : PixelFormat.PNG;
        Path folder = Files.createTempDirectory(mp4.toAbsolutePath().getParent(), ".omvio-mp4-");
        try {
            List<Long> shown = new ArrayList<>();
            List<String> names = new ArrayList<>();
            stream.seek(0);
            try (Progress progress = Progress.start("mp4", stream.count())) {
                for (int index = 0; index < stream.count(); index++) {
                    Image frame = stream.read(true, false, false).orElseThrow();
                    if (frame.width() != first.width() || frame.height() != first.height()) {
                        throw new BadInputException("frame " + index + " is " + frame.width() + "x" + frame.height()
                                + " but an MP4 has one size, that of frame 0: " + first.width() + "x" + first.height());
                    }
                    Optional<ByteBuffer> picture = decoding.attempt(index, () -> FramePictures.asFile(
                            FramePictures.checked(frame, decoding.options()), pictures, FramePictures.DEFAULT_QUALITY,
                            decoding.options()).data());
                    if (picture.isPresent()) {
                        String name = String.format(Locale.ROOT, "%08d.%s", index, pictures == PixelFormat.JPEG ? "jpg" : "png");
                        write(folder.resolve(name), picture.get());
                        names.add(name);
                        shown.add(times.micros(index));
                    }
                    progress.step();
                }
            }
            decoding.requireDecoded(names.size());
            Path list = Files.writeString(folder.resolve("frames.ffconcat"), ffconcat(names, shown, times.tickMicros()),
                    StandardCharsets.UTF_8);
            try (OutputFile output = outputs.create(mp4)) {
                encode(ffmpeg, list, output.path(), folder.resolve("ffmpeg.log"));
                output.commit();
            }
            return names.size();
        } finally {
            deleteAll(folder);
        }
    }

    /**
     * The ffconcat list: each picture shown from its recorded time until the next written one,
     * the last for one tick of the clip.
     */
    static String ffconcat(List<String> names, List<Long> micros, long tickMicros) {
        StringBuilder list = new StringBuilder("ffconcat version 1.0\n");
        for (int i = 0; i < names.size(); i++) {
            long duration = i + 1 < names.size() ? micros.get(i + 1) - micros.get(i) : tickMicros;
            // The picture demuxer's own clock would round the times to 1/25 s: one at 1 MHz keeps them.
            list.append("file ").append(names.get(i)).append('\n')
                    .append("option framerate 1000000\n")
                    .append(String.format(Locale.ROOT, "duration %d.%06d%n", duration / 1_000_000, duration % 1_000_000));
        }
        return list.toString();
    }

    private static void encode(Path ffmpeg, Path list, Path mp4, Path log) throws IOException {
        List<String> command = List.of(ffmpeg.toString(), "-nostdin", "-hide_banner", "-v", "error", "-y",
                "-f", "concat", "-safe", "0", "-i", list.toString(),
                "-vsync", "passthrough",
                "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2,format=yuv420p",
                "-c:v", "libx264", "-bf", "0",
                // No edit list: with it players end the clip before its last frame.
                "-use_editlist", "0", "-video_track_timescale", Integer.toString(TIMESCALE),
                "-movflags", "+faststart", "-f", "mp4", mp4.toString());
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile()).start();
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg was writing " + mp4, e);
        }
        if (exit != 0) {
            String reason = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                    .reduce((earlier, later) -> later).orElse("no message");
            throw new IOException("ffmpeg failed (exit code " + exit + "): " + reason);
        }
    }

    private static void write(Path file, ByteBuffer data) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = data.duplicate();
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
